package org.witan.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The shell window opens headless (Monocle) with its title and status text. */
@ExtendWith(ApplicationExtension.class)
class WitanApplicationTest {
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    new WitanApplication(java.util.Optional.empty()).start(stage);
  }

  @Test
  void showsTheShellWindow(FxRobot robot) {
    assertEquals("Witan", stage.getTitle());
    assertTrue(stage.isShowing());
    assertEquals(6, stage.getIcons().size());
    assertTrue(stage.getIcons().stream().noneMatch(javafx.scene.image.Image::isError));
    Label status = robot.lookup("#shell-status").queryAs(Label.class);
    assertTrue(status.getText().contains("not built yet"), status.getText());
    Label chain = robot.lookup("#chain-status").queryAs(Label.class);
    assertEquals("Not connected to a network.", chain.getText());
  }
}
