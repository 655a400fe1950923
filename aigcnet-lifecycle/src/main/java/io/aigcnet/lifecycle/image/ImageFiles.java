package io.aigcnet.lifecycle.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Reading images (PNG, JPEG, anything ImageIO decodes) with errors that say what is wrong. */
public final class ImageFiles {
    private ImageFiles() {
    }

    /** @throws IllegalArgumentException naming the file when it is missing, unreadable or not an image */
    public static BufferedImage read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + ": no such file");
        }
        try {
            return decode(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Decodes image bytes; {@code what} names the source in the error. */
    public static BufferedImage decode(byte[] bytes, String what) {
        try {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(bytes));
            if (img == null) {
                throw new IllegalArgumentException(what + ": not an image (PNG or JPEG expected)");
            }
            if (img.getWidth() < 8 || img.getHeight() < 8) {
                throw new IllegalArgumentException(what + ": image is " + img.getWidth() + "x" + img.getHeight()
                        + ", at least 8x8 needed");
            }
            return img;
        } catch (IOException e) {
            throw new IllegalArgumentException(what + ": not a readable image (" + e.getMessage() + ")");
        }
    }

    /** PNG bytes of an image. */
    public static byte[] png(BufferedImage img) {
        try {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
