# Camera e2e tests and the camera-scan bench feed Chromium's fake camera with videos made by ffmpeg;
# the invitation tests read the generated PDFs back with pdftotext (poppler-utils).
case "${1:-}" in
  packages) packages+=(ffmpeg poppler-utils) ;;
  start) ;;
esac
