package org.witan.app.desktop;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.witan.node.service.LocalNet;

/**
 * The window follows a real network: four producer nodes in this process, on 127.0.0.1; its status
 * line shows what the built-in light client verified, and it rises as blocks become final.
 */
@ExtendWith(ApplicationExtension.class)
class WitanApplicationChainTest {
  private static LocalNet net;
  private WitanApplication app;

  @BeforeAll
  static void startNetwork() throws Exception {
    net = new LocalNet(4, Files.createTempDirectory("witan-app-net")).startProducers();
  }

  @AfterAll
  static void stopNetwork() {
    net.close();
  }

  @Start
  void start(Stage stage) {
    app =
        new WitanApplication(
            Optional.of(
                new ChainConnection(
                    net.genesis, net.urls().stream().map(URI::create).toList(), "test network")));
    app.start(stage);
  }

  @Test
  @Timeout(120)
  void showsTheVerifiedFinalHeightAndFollowsIt(FxRobot robot) throws Exception {
    Label chain = robot.lookup("#chain-status").queryAs(Label.class);
    long first = awaitHeightAbove(chain, 0);
    long later = awaitHeightAbove(chain, first);
    assertTrue(later > first);
    assertTrue(chain.getText().contains("chain witan-localnet, 4 producers"), chain.getText());
    WaitForAsyncUtils.asyncFx(app::stop).get();
  }

  private static long awaitHeightAbove(Label label, long height) throws InterruptedException {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (System.nanoTime() < deadline) {
      String text = label.getText();
      if (text.startsWith("Verified final height ")) {
        long h = Long.parseLong(text.replaceAll("Verified final height (\\d+) .*", "$1"));
        if (h > height) {
          return h;
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the verified height never passed " + height + ": " + label.getText());
  }
}
