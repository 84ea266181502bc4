# PostgreSQL for the hub's test suite (sourced by .ci/run with "packages" or "start").
# Idempotent: starting twice, or with the role and database already there, changes nothing.
case "$1" in
  packages) packages+=(postgresql) ;;
  start)
    # The cluster the package made, whatever Debian's PostgreSQL version is (15 on bookworm, newer later).
    read -r pg_version pg_cluster < <(pg_lsclusters --no-header | awk 'NR == 1 { print $1, $2 }')
    pg_ctlcluster "$pg_version" "$pg_cluster" status > /dev/null 2>&1 || pg_ctlcluster "$pg_version" "$pg_cluster" start
    su postgres -c "psql -tAc \"select 1 from pg_roles where rolname = 'entre'\"" | grep -q 1 ||
      su postgres -c "psql -qc \"create role entre login superuser password 'entre'\""
    su postgres -c "psql -tAc \"select 1 from pg_database where datname = 'entre_test'\"" | grep -q 1 ||
      su postgres -c "createdb -O entre entre_test"
    export ENTRE_TEST_DATABASE_URL="${ENTRE_TEST_DATABASE_URL:-postgres://entre:entre@127.0.0.1:5432/entre_test}"
    ;;
esac
