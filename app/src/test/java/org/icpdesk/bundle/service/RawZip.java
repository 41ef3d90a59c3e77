package org.icpdesk.bundle.service;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes ZIP files byte by byte, including what {@link java.util.zip.ZipOutputStream} refuses: duplicate names,
 * a local header naming another file, entries missing from the directory, odd flags and methods, offsets that
 * point into another entry. Local headers carry the sizes (no data descriptors).
 */
final class RawZip {
    /** One entry; the fields after {@code deflate} are tricks, null or -1 when not used. */
    static final class Entry {
        final String name;
        final byte[] data;
        boolean deflate = true;
        String localName;
        boolean inDirectory = true;
        int flags = 0x0800;
        int method = -1;
        long directoryOffset = -1;
        /** The uncompressed size both headers claim instead of the real one, when not -1. */
        long claimedSize = -1;

        Entry(String name, byte[] data) {
            this.name = name;
            this.data = data;
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    /** Write ZIP64 end records, with the classic end record saying "see ZIP64". */
    boolean zip64End;

    Entry add(String name, byte[] data) {
        return add(new Entry(name, data));
    }

    Entry add(Entry entry) {
        entries.add(entry);
        return entry;
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream directory = new ByteArrayOutputStream();
        int count = 0;
        for (Entry e : entries) {
            byte[] compressed = e.deflate ? deflate(e.data) : e.data;
            int method = e.method >= 0 ? e.method : e.deflate ? 8 : 0;
            CRC32 crc = new CRC32();
            crc.update(e.data);
            byte[] name = e.name.getBytes(StandardCharsets.UTF_8);
            byte[] localName = (e.localName != null ? e.localName : e.name).getBytes(StandardCharsets.UTF_8);
            long offset = out.size();
            ByteBuffer local = le(30 + localName.length);
            local.putInt(0x04034b50).putShort((short) 20).putShort((short) e.flags).putShort((short) method)
                    .putShort((short) 0).putShort((short) 0x21).putInt((int) crc.getValue())
                    .putInt(compressed.length).putInt(size(e)).putShort((short) localName.length).putShort((short) 0)
                    .put(localName);
            out.writeBytes(local.array());
            out.writeBytes(compressed);
            if (!e.inDirectory) {
                continue;
            }
            ByteBuffer central = le(46 + name.length);
            central.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) e.flags)
                    .putShort((short) method).putShort((short) 0).putShort((short) 0x21).putInt((int) crc.getValue())
                    .putInt(compressed.length).putInt(size(e)).putShort((short) name.length)
                    .putShort((short) 0).putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0)
                    .putInt((int) (e.directoryOffset >= 0 ? e.directoryOffset : offset)).put(name);
            directory.writeBytes(central.array());
            count++;
        }
        long directoryOffset = out.size();
        out.writeBytes(directory.toByteArray());
        if (zip64End) {
            long zip64EndOffset = out.size();
            ByteBuffer z = le(56 + 20);
            z.putInt(0x06064b50).putLong(44).putShort((short) 45).putShort((short) 45).putInt(0).putInt(0)
                    .putLong(count).putLong(count).putLong(directory.size()).putLong(directoryOffset);
            z.putInt(0x07064b50).putInt(0).putLong(zip64EndOffset).putInt(1);
            out.writeBytes(z.array());
        }
        ByteBuffer end = le(22);
        end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0)
                .putShort((short) (zip64End ? 0xFFFF : count)).putShort((short) (zip64End ? 0xFFFF : count))
                .putInt(zip64End ? -1 : directory.size()).putInt(zip64End ? -1 : (int) directoryOffset).putShort((short) 0);
        out.writeBytes(end.array());
        return out.toByteArray();
    }

    private int size(Entry e) {
        return (int) (e.claimedSize >= 0 ? e.claimedSize : e.data.length);
    }

    static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        deflater.setInput(data);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        while (!deflater.finished()) {
            out.write(buf, 0, deflater.deflate(buf));
        }
        deflater.end();
        return out.toByteArray();
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
