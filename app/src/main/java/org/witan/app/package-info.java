/**
 * The process entry point: {@link org.witan.app.Main} runs the {@code witan} command line, whose
 * {@code app} command opens the desktop client.
 */
package org.witan.app;
