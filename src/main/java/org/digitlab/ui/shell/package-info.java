/** The main window: sections, status bar, window-wide keys. */
package org.digitlab.ui.shell;
