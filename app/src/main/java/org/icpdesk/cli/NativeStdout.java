package org.icpdesk.cli;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Keeps standard output for the command's JSON. Native OCR code (RapidOCR) prints progress lines with {@code printf}
 * to file descriptor 1, which would corrupt the one-JSON-object-per-line output. On POSIX systems this points fd 1 at
 * /dev/null and returns a stream that writes to a duplicate of the original stdout; elsewhere it returns plain stdout.
 */
final class NativeStdout {

    interface LibC extends Library {
        int dup(int fd);

        int dup2(int from, int to);

        int open(String path, int flags);

        long write(int fd, byte[] buf, long count);
    }

    private NativeStdout() {
    }

    /** The original standard output, after native writes to fd 1 have been sent to stderr. */
    static OutputStream reserve() {
        if (Platform.isWindows()) {
            return new FileOutputStream(FileDescriptor.out);
        }
        try {
            LibC libc = Native.load("c", LibC.class);
            System.out.flush();
            int saved = libc.dup(1);
            int devNull = libc.open("/dev/null", 1);
            if (saved < 0 || libc.dup2(devNull >= 0 ? devNull : 2, 1) < 0) {
                return new FileOutputStream(FileDescriptor.out);
            }
            return new FdOutputStream(libc, saved);
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            return new FileOutputStream(FileDescriptor.out);
        }
    }

    private static final class FdOutputStream extends OutputStream {
        private final LibC libc;
        private final int fd;

        FdOutputStream(LibC libc, int fd) {
            this.libc = libc;
            this.fd = fd;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            byte[] chunk = off == 0 && len == b.length ? b : java.util.Arrays.copyOfRange(b, off, off + len);
            int done = 0;
            while (done < len) {
                byte[] rest = done == 0 ? chunk : java.util.Arrays.copyOfRange(chunk, done, len);
                long n = libc.write(fd, rest, rest.length);
                if (n <= 0) {
                    throw new IOException("standard output closed");
                }
                done += (int) n;
            }
        }
    }
}
