package org.icpdesk.ocr.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The image handed to the native engine as a BMP holds exactly the image's pixels (padded rows, sub-images). */
class RapidOcrEngineBmpTest {

    @Test
    void bmpHoldsThePixelsOfOddSizedImagesAndSubImages(@TempDir Path dir) throws Exception {
        BufferedImage img = new BufferedImage(13, 7, BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                img.setRGB(x, y, (x * 19 % 256) << 16 | (y * 37 % 256) << 8 | (x * y * 5 % 256));
            }
        }
        for (BufferedImage src : new BufferedImage[] {img, img.getSubimage(3, 2, 9, 4)}) {
            Path file = dir.resolve("x" + src.getWidth() + ".bmp");
            RapidOcrEngine.writeBmp(src, file);
            BufferedImage back = ImageIO.read(file.toFile());
            assertThat(back.getWidth()).isEqualTo(src.getWidth());
            assertThat(back.getHeight()).isEqualTo(src.getHeight());
            for (int y = 0; y < src.getHeight(); y++) {
                for (int x = 0; x < src.getWidth(); x++) {
                    assertThat(back.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(src.getRGB(x, y));
                }
            }
        }
    }
}
