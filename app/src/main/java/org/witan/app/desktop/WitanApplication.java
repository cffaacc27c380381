package org.witan.app.desktop;

import java.util.ResourceBundle;
import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The desktop client. Until the wallet screens land this shows the shell window only; the
 * composition root that wires the light client, the vault and the embedded node will live here.
 */
public final class WitanApplication extends Application {
  private static volatile ChainConnection launchConnection;

  private final java.util.Optional<ChainConnection> connection;
  private ChainStatus chainStatus;

  /** For {@code Application.launch}: follows the network {@link #connectTo} named, if any. */
  public WitanApplication() {
    this(java.util.Optional.ofNullable(launchConnection));
  }

  /** A window that follows {@code connection} (tests pass their own). */
  public WitanApplication(java.util.Optional<ChainConnection> connection) {
    this.connection = connection;
  }

  /** The network the next launched window follows. */
  public static void connectTo(ChainConnection connection) {
    launchConnection = connection;
  }

  @Override
  public void start(Stage stage) {
    ResourceBundle text = ResourceBundle.getBundle("org.witan.app.desktop.messages");
    Label title = new Label(text.getString("shell.title"));
    title.setId("shell-title");
    title.setStyle("-fx-font-size: 20px; -fx-font-weight: bold;");
    Label status = new Label(text.getString("shell.status"));
    status.setId("shell-status");
    status.setWrapText(true);
    VBox root = new VBox(12, title, status);
    root.setPadding(new Insets(24));
    stage.setTitle(text.getString("window.title"));
    for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
      stage.getIcons().add(new Image(iconUrl(size)));
    }
    Label chain = new Label(text.getString("chain.none"));
    chain.setId("chain-status");
    chain.setWrapText(true);
    root.getChildren().add(chain);
    connection.ifPresent(
        c ->
            chainStatus =
                new ChainStatus(c, javafx.application.Platform::runLater, chain::setText));
    stage.setScene(new Scene(root, 640, 400));
    stage.show();
  }

  @Override
  public void stop() {
    if (chainStatus != null) {
      chainStatus.close();
    }
  }

  private static String iconUrl(int size) {
    return java.util.Objects.requireNonNull(
            WitanApplication.class.getResource("/org/witan/app/icons/witan-" + size + ".png"),
            "the app icon is packaged with the app")
        .toExternalForm();
  }
}
