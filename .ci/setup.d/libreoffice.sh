# Exports (issue 15): LibreOffice Calc opens the XLSX workbooks `entre export` writes, in the tests as an
# organizer would. Sourced by .ci/run with "packages" or "start"; nothing to start.
case "${1:-}" in
  packages)
    packages+=(libreoffice-calc-nogui)
    ;;
esac
