# Badge printing: a real CUPS queue ("Badges") that writes PDFs through cups-pdf, poppler-utils to
# check the PDFs, and DejaVu Sans for the badges' å ä ö. Sourced by .ci/run with "packages" or "start".
case "${1:-}" in
  packages)
    packages+=(cups printer-driver-cups-pdf poppler-utils fonts-dejavu-core)
    ;;
  start)
    # No systemd here: cupsd daemonises itself. Start it only when it is not answering yet.
    if ! lpstat -r 2> /dev/null | grep -q "scheduler is running"; then
      cupsd
      for _ in $(seq 50); do lpstat -r 2> /dev/null | grep -q "scheduler is running" && break; sleep 0.1; done
    fi
    # The package makes no queue when cupsd was not running at install time; lpadmin -p is idempotent.
    lpadmin -p Badges -E -v cups-pdf:/ -m lsb/usr/cups-pdf/CUPS-PDF_opt.ppd
    cupsenable Badges
    cupsaccept Badges
    ;;
esac
