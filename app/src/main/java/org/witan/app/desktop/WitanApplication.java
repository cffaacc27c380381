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
    stage.setScene(new Scene(root, 640, 400));
    stage.show();
  }

  private static String iconUrl(int size) {
    return java.util.Objects.requireNonNull(
            WitanApplication.class.getResource("/org/witan/app/icons/witan-" + size + ".png"),
            "the app icon is packaged with the app")
        .toExternalForm();
  }
}
