// What the window around the kiosk UI lets staff do with it. The renderer asks rather than guessing
// from its transport, so the same UI is right in the Electron kiosk and in a browser station.

export interface KioskShellInfo {
  /** True only in the Electron kiosk window, which attendees cannot close and staff can quit. */
  canQuit: boolean;
}

/** Whether the Electron kiosk starts by itself when someone logs in to the computer. */
export interface KioskAutostart {
  enabled: boolean;
}
