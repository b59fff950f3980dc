/**
 * The main window: layout, menus and shortcuts, file dialogs, the status bar, the problems list, and the
 * project document (current project, file, dirty flag, recent files).
 */
package org.layerlab.app.shell;
