package nl.twente.ijw.gateway.facts;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import org.postgresql.copy.CopyOut;

/**
 * The rows of a {@code COPY (select …) TO STDOUT (FORMAT binary)}, one at a time. Reading all
 * trajectories through a ResultSet made an array per column of every row and a String or date
 * per value that most rows repeat; here a row is the one message the server sends for it, and
 * repeated texts and dates are handed out as the same object without being decoded again.
 */
final class Binairekopie implements Kolommen {

    private static final byte[] KOP = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    /** Days of 2000-01-01, PostgreSQL's day 0. */
    private static final int DAG_NUL = (int) LocalDate.of(2000, 1, 1).toEpochDay();
    /** Dates kept for reuse: PostgreSQL days in [-DAGEN, DAGEN), about 1900 to 2100. */
    private static final int DAGEN = 36_600;
    private static final int BITS = 12;

    private final CopyOut kopie;
    private final int[] begin;
    private final int[] lengte;
    private byte[] rij;
    private boolean kopGelezen;
    private final LocalDate[] dagen = new LocalDate[2 * DAGEN];
    private final byte[][] tekstBytes = new byte[1 << BITS][];
    private final String[] teksten = new String[1 << BITS];

    Binairekopie(CopyOut kopie, int kolommen) {
        this.kopie = kopie;
        this.begin = new int[kolommen + 1];
        this.lengte = new int[kolommen + 1];
    }

    /** Moves to the next row; false after the last. */
    boolean volgende() throws SQLException {
        byte[] bericht = kopie.readFromCopy();
        if (bericht == null) {
            return false;
        }
        int p = 0;
        if (!kopGelezen) {
            if (bericht.length < KOP.length + 8 || !Arrays.equals(bericht, 0, KOP.length, KOP, 0, KOP.length)) {
                throw new SQLException("geen binaire COPY-uitvoer");
            }
            p = KOP.length + 8 + int32(bericht, KOP.length + 4);
            kopGelezen = true;
            if (p == bericht.length) {
                return volgende();
            }
        }
        int aantal = (short) (((bericht[p] & 0xFF) << 8) | (bericht[p + 1] & 0xFF));
        if (aantal == -1) {
            // the end mark: nothing follows but the end of the copy
            while (kopie.readFromCopy() != null) {
                continue;
            }
            return false;
        }
        if (aantal != begin.length - 1) {
            throw new SQLException("rij met " + aantal + " kolommen, verwacht " + (begin.length - 1));
        }
        p += 2;
        for (int k = 1; k <= aantal; k++) {
            int l = int32(bericht, p);
            p += 4;
            begin[k] = p;
            lengte[k] = l;
            if (l > 0) {
                p += l;
            }
        }
        rij = bericht;
        return true;
    }

    private static int int32(byte[] b, int p) {
        return ((b[p] & 0xFF) << 24) | ((b[p + 1] & 0xFF) << 16) | ((b[p + 2] & 0xFF) << 8) | (b[p + 3] & 0xFF);
    }

    private static long int64(byte[] b, int p) {
        return ((long) int32(b, p) << 32) | (int32(b, p + 4) & 0xFFFF_FFFFL);
    }

    @Override
    public String tekst(int kolom) {
        int l = lengte[kolom];
        if (l < 0) {
            return null;
        }
        int b = begin[kolom];
        int h = 1;
        for (int i = b; i < b + l; i++) {
            h = 31 * h + rij[i];
        }
        int plaats = (h * 0x9E3779B9) >>> (32 - BITS);
        byte[] eerder = tekstBytes[plaats];
        if (eerder != null && Arrays.equals(eerder, 0, eerder.length, rij, b, b + l)) {
            return teksten[plaats];
        }
        String t = new String(rij, b, l, StandardCharsets.UTF_8);
        tekstBytes[plaats] = Arrays.copyOfRange(rij, b, b + l);
        teksten[plaats] = t;
        return t;
    }

    @Override
    public String eigenTekst(int kolom) {
        int l = lengte[kolom];
        return l < 0 ? null : new String(rij, begin[kolom], l, StandardCharsets.UTF_8);
    }

    @Override
    public LocalDate datum(int kolom) {
        return lengte[kolom] < 0 ? null : dag(int32(rij, begin[kolom]));
    }

    /** A PostgreSQL day as the driver gives it (infinity as LocalDate.MAX and MIN), the same object for the same day. */
    private LocalDate dag(int pgDag) {
        if (pgDag == Integer.MAX_VALUE) {
            return LocalDate.MAX;
        }
        if (pgDag == Integer.MIN_VALUE) {
            return LocalDate.MIN;
        }
        if (pgDag < -DAGEN || pgDag >= DAGEN) {
            return LocalDate.ofEpochDay((long) pgDag + DAG_NUL);
        }
        LocalDate d = dagen[pgDag + DAGEN];
        if (d == null) {
            d = LocalDate.ofEpochDay((long) pgDag + DAG_NUL);
            dagen[pgDag + DAGEN] = d;
        }
        return d;
    }

    @Override
    public Integer geheel(int kolom) {
        return lengte[kolom] < 0 ? null : (int) lang(kolom);
    }

    @Override
    public long lang(int kolom) {
        int b = begin[kolom];
        return switch (lengte[kolom]) {
            case -1 -> 0;
            case 2 -> (short) (((rij[b] & 0xFF) << 8) | (rij[b + 1] & 0xFF));
            case 4 -> int32(rij, b);
            case 8 -> int64(rij, b);
            default -> throw new IllegalStateException("geen geheel getal in kolom " + kolom);
        };
    }

    /** A one-dimensional date[]: dimensions, null flag and element type, then per dimension size and lower bound, then the elements. */
    @Override
    public LocalDate[] data(int kolom) {
        if (lengte[kolom] < 0) {
            return null;
        }
        int p = begin[kolom];
        int dimensies = int32(rij, p);
        if (dimensies == 0) {
            return new LocalDate[0];
        }
        if (dimensies != 1) {
            throw new IllegalStateException("array met " + dimensies + " dimensies in kolom " + kolom);
        }
        int n = int32(rij, p + 12);
        p += 20;
        LocalDate[] uit = new LocalDate[n];
        for (int i = 0; i < n; i++) {
            int l = int32(rij, p);
            p += 4;
            if (l >= 0) {
                uit[i] = dag(int32(rij, p));
                p += l;
            }
        }
        return uit;
    }
}
