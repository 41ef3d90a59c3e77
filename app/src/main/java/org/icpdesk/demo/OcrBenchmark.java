package org.icpdesk.demo;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.icpdesk.demo.OcrTestSet.Sample;
import org.icpdesk.ocr.domain.CertificateReading;
import org.icpdesk.ocr.engine.OcrEngine;
import org.icpdesk.ocr.engine.OcrException;
import org.icpdesk.ocr.service.CertificateReader;

/**
 * Times OCR on the images of an {@link OcrTestSet}: per configuration the median and 95th-percentile milliseconds per
 * image on one thread (after one warm-up image), and images per second with {@code threads} workers, each owning
 * its configuration (an engine per worker, as the OCR pool does). The raw {@code tesseract} command line on the same
 * image files ({@code -l chi_sim}, {@code OMP_THREAD_LIMIT=1}) is the baseline.
 */
public final class OcrBenchmark {

    /** Reads one sample; owned by one thread. */
    public interface Worker extends AutoCloseable {
        void read(Sample sample) throws Exception;

        /**
         * CPU nanoseconds the last {@link #read} used outside the calling thread (a child process), or 0. The calling
         * thread's own CPU time is measured by the benchmark.
         */
        default long childCpuNanos() {
            return 0;
        }

        @Override
        void close();
    }

    /** Makes a worker (called once per thread). */
    public interface WorkerFactory {
        Worker create() throws Exception;
    }

    /**
     * One configuration's figures. {@code cpuMedianMillis}: median CPU time per image of the reading thread (and child
     * process), which a busy shared machine inflates far less than the wall-clock times; PP-OCR and Tesseract compute on
     * the calling thread when limited to one thread. {@code failures} counts images the worker threw on (timed all the
     * same).
     */
    public record Timing(String name, int images, double medianMillis, double p95Millis, double cpuMedianMillis, int threads,
                         double imagesPerSecond, int failures) {
    }

    private final List<Sample> samples;

    public OcrBenchmark(List<Sample> samples) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no images to time");
        }
        this.samples = List.copyOf(samples);
    }

    /** Every image of the set, rendered once. */
    public static OcrBenchmark of(OcrTestSet set) {
        List<Sample> list = new ArrayList<>();
        for (int i = 0; i < set.size(); i++) {
            list.add(set.sample(i));
        }
        return new OcrBenchmark(list);
    }

    public List<Sample> samples() {
        return samples;
    }

    /** Times a configuration: one thread over every image, then {@code threads} workers over every image. */
    public Timing time(String name, WorkerFactory factory, int threads) throws Exception {
        long[] nanos = new long[samples.size()];
        long[] cpu = new long[samples.size()];
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        int failures = 0;
        try (Worker worker = factory.create()) {
            readQuietly(worker, samples.get(0));                 // warm-up: model load, JIT
            for (int i = 0; i < samples.size(); i++) {
                long c = mx.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                if (!readQuietly(worker, samples.get(i))) {
                    failures++;
                }
                nanos[i] = System.nanoTime() - t;
                cpu[i] = mx.getCurrentThreadCpuTime() - c + worker.childCpuNanos();
            }
        }
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        double perSecond = threads <= 1 ? samples.size() / (Arrays.stream(nanos).sum() / 1e9) : throughput(factory, threads);
        return new Timing(name, samples.size(), percentile(nanos, 0.5) / 1e6, percentile(nanos, 0.95) / 1e6,
                percentile(cpu, 0.5) / 1e6, Math.max(1, threads), perSecond, failures);
    }

    private double throughput(WorkerFactory factory, int threads) throws Exception {
        List<Worker> workers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "icpdesk-ocr-bench");
            t.setDaemon(true);
            return t;
        });
        try {
            // Each worker is created and warmed up on its own thread (engines are per thread).
            List<Future<Worker>> made = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                made.add(pool.submit(() -> {
                    Worker w = factory.create();
                    readQuietly(w, samples.get(0));
                    return w;
                }));
            }
            for (Future<Worker> f : made) {
                workers.add(f.get());
            }
            AtomicInteger next = new AtomicInteger();
            List<Future<?>> runs = new ArrayList<>();
            long t = System.nanoTime();
            for (Worker w : workers) {
                runs.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < samples.size(); i = next.getAndIncrement()) {
                        readQuietly(w, samples.get(i));
                    }
                    return null;
                }));
            }
            for (Future<?> f : runs) {
                f.get();
            }
            return samples.size() / ((System.nanoTime() - t) / 1e9);
        } finally {
            List<Future<?>> closing = new ArrayList<>();
            for (Worker w : workers) {
                closing.add(pool.submit(w::close));
            }
            for (Future<?> f : closing) {
                f.get();
            }
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
    }

    private static boolean readQuietly(Worker w, Sample s) {
        try {
            w.read(s);
            return true;
        } catch (Exception e) {
            return false;                                   // counted as a failure by the caller; the time still counts
        }
    }

    /** A worker that decodes the image and runs an engine on it (no preprocessing, no field extraction). */
    public static WorkerFactory engine(EngineFactory engine) {
        return () -> {
            OcrEngine e = engine.create();
            return new Worker() {
                @Override
                public void read(Sample sample) throws Exception {
                    e.read(decode(sample));
                }

                @Override
                public void close() {
                    e.close();
                }
            };
        };
    }

    /** A worker running two engines on each image one after the other (what a combination costs at most). */
    public static WorkerFactory both(EngineFactory first, EngineFactory second) {
        return () -> {
            OcrEngine a = first.create();
            OcrEngine b = second.create();
            return new Worker() {
                @Override
                public void read(Sample sample) throws Exception {
                    BufferedImage image = decode(sample);
                    a.read(image);
                    b.read(image);
                }

                @Override
                public void close() {
                    a.close();
                    b.close();
                }
            };
        };
    }

    /** Creates a reader. */
    public interface ReaderFactory {
        CertificateReader create() throws Exception;
    }

    /**
     * A worker reading each image end to end with its kind given (decode, quality gate, preprocessing, engines, fields);
     * a reading with an error counts as a failure.
     */
    public static WorkerFactory reader(ReaderFactory factory) {
        return () -> {
            CertificateReader r = factory.create();
            return new Worker() {
                @Override
                public void read(Sample sample) throws Exception {
                    CertificateReading reading = r.read(sample.image(), sample.kind());
                    if (reading.error() != null) {
                        throw new IOException("unreadable " + sample.id());
                    }
                }

                @Override
                public void close() {
                    r.close();
                }
            };
        };
    }

    /** Creates an engine. */
    public interface EngineFactory {
        OcrEngine create() throws OcrException;
    }

    /**
     * A worker running the {@code tesseract} program on the image file in {@code dir} (written by
     * {@link #writeImages(Path)}): {@code tesseract <file> stdout -l chi_sim} with {@code OMP_THREAD_LIMIT=1}.
     */
    public static WorkerFactory tesseractCli(String executable, Path dir) {
        return () -> new Worker() {
            private long childCpu;

            @Override
            public void read(Sample sample) throws Exception {
                // sh's "times" prints the shell's and then its children's user and system CPU time.
                ProcessBuilder pb = new ProcessBuilder("sh", "-c", "\"$0\" \"$1\" stdout -l chi_sim >/dev/null 2>&1; rc=$?; times; exit $rc",
                        executable, dir.resolve(sample.fileName()).toString());
                pb.environment().put("OMP_THREAD_LIMIT", "1");
                pb.redirectError(ProcessBuilder.Redirect.DISCARD);
                Process p = pb.start();
                String out;
                try (InputStream in = p.getInputStream()) {
                    out = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII);
                }
                if (p.waitFor() != 0) {
                    throw new IOException("tesseract exited with " + p.exitValue());
                }
                childCpu = OcrBenchmark.childCpuNanos(out);
            }

            @Override
            public long childCpuNanos() {
                return childCpu;
            }

            @Override
            public void close() {
                // nothing held between runs
            }
        };
    }

    /** The children's user + system time from the output of sh's {@code times} ("0m0.51s 0m0.03s" on line 2). */
    static long childCpuNanos(String times) {
        String[] lines = times.strip().split("\\R");
        if (lines.length < 2) {
            return 0;
        }
        long sum = 0;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)m([\\d.]+)s").matcher(lines[lines.length - 1]);
        while (m.find()) {
            sum += Math.round((Long.parseLong(m.group(1)) * 60 + Double.parseDouble(m.group(2))) * 1e9);
        }
        return sum;
    }

    /** Writes the images to {@code dir} under {@link Sample#fileName()}. */
    public void writeImages(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Sample s : samples) {
            Files.write(dir.resolve(s.fileName()), s.image());
        }
    }

    static BufferedImage decode(Sample sample) throws IOException {
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(sample.image()));
        if (img == null) {
            throw new IOException("undecodable image " + sample.id());
        }
        return img;
    }

    private static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
