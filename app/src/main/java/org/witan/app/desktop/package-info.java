/** The JavaFX shell: the application class, its main window and navigation. */
package org.witan.app.desktop;
