package org.witan.app.cli;

import javafx.application.Application;
import org.witan.app.desktop.WitanApplication;
import picocli.CommandLine.Command;

/** {@code witan app}: opens the desktop client. */
@Command(name = "app", mixinStandardHelpOptions = true, description = "Open the desktop client.")
final class AppCommand implements Runnable {
  @Override
  public void run() {
    Application.launch(WitanApplication.class);
  }
}
