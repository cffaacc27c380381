/**
 * The {@code witan} command line (picocli): one class per command, wired by {@link
 * org.witan.app.cli.WitanCommand}.
 */
package org.witan.app.cli;
