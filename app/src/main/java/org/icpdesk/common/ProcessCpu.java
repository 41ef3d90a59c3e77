package org.icpdesk.common;

import java.lang.management.ManagementFactory;

/** CPU time of this process, every thread (the JIT's and the collector's too): what a busy machine bends less than the clock. */
public final class ProcessCpu {
    private ProcessCpu() {
    }

    /** Milliseconds of CPU used by the process so far; -1 where the JVM does not tell. */
    public static long millis() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1_000_000;
        }
        return -1;
    }
}
