import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Renders the PNG sizes of the app icon from the same shapes as witan.svg (512 x 512 design
 * units). Run from this folder: {@code java RenderIcons.java}. No libraries beyond the JDK.
 */
public class RenderIcons {
  private static final Color TEAL = new Color(0x0f4c5c);
  private static final Color GOLD = new Color(0xf4d35e);

  public static void main(String[] args) throws Exception {
    for (int size : new int[] {16, 32, 48, 64, 128, 256, 512}) {
      BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
      Graphics2D g = image.createGraphics();
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.scale(size / 512.0, size / 512.0);
      g.setColor(TEAL);
      g.fill(new RoundRectangle2D.Double(16, 16, 480, 480, 192, 192));
      g.setColor(GOLD);
      Path2D roof = new Path2D.Double();
      roof.moveTo(96, 212);
      roof.lineTo(256, 104);
      roof.lineTo(416, 212);
      roof.closePath();
      g.fill(roof);
      g.fill(new RoundRectangle2D.Double(96, 228, 320, 24, 12, 12));
      g.fill(new RoundRectangle2D.Double(84, 420, 344, 28, 16, 16));
      g.setColor(Color.WHITE);
      for (int i = 0; i < 5; i++) {
        g.fill(new RoundRectangle2D.Double(116 + 60 * i, 276, 40, 132, 20, 20));
      }
      g.dispose();
      ImageIO.write(image, "png", new File("witan-" + size + ".png"));
    }
  }
}
