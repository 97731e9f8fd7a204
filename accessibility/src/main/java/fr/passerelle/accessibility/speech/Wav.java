package fr.passerelle.accessibility.speech;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** 16-bit mono PCM WAV files: written from samples, and read back. */
public final class Wav {

  private Wav() {}

  /** A WAV file of 16-bit little-endian mono samples. */
  public static byte[] of(short[] samples, int sampleRate) {
    int dataBytes = samples.length * 2;
    ByteBuffer b = ByteBuffer.allocate(44 + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
    b.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    b.putInt(36 + dataBytes);
    b.put("WAVEfmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    b.putInt(16).putShort((short) 1).putShort((short) 1);
    b.putInt(sampleRate).putInt(sampleRate * 2).putShort((short) 2).putShort((short) 16);
    b.put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    b.putInt(dataBytes);
    for (short s : samples) {
      b.putShort(s);
    }
    return b.array();
  }

  /** Duration of a 16-bit mono PCM sample count at a rate, in milliseconds. */
  public static long durationMs(int samples, int sampleRate) {
    return Math.round(samples * 1000.0 / sampleRate);
  }

  /** A parsed WAV: its format and its samples. */
  public record Pcm(int channels, int sampleRate, int bitsPerSample, int format, short[] samples) {
    public long durationMs() {
      return Wav.durationMs(samples.length, sampleRate);
    }
  }

  /**
   * Reads a PCM WAV, walking its chunks. Sizes that are placeholders (espeak-ng's {@code --stdout}
   * writes 0x7fffffff) are taken as "up to the end of the file".
   */
  public static Pcm read(byte[] wav) {
    ByteBuffer b = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
    if (wav.length < 12 || !"RIFF".equals(tag(wav, 0)) || !"WAVE".equals(tag(wav, 8))) {
      throw new IllegalArgumentException("not a RIFF WAVE file");
    }
    int pos = 12;
    int channels = 0;
    int rate = 0;
    int bits = 0;
    int format = 0;
    while (pos + 8 <= wav.length) {
      String id = tag(wav, pos);
      long size = Integer.toUnsignedLong(b.getInt(pos + 4));
      int body = pos + 8;
      if ("fmt ".equals(id)) {
        format = b.getShort(body);
        channels = b.getShort(body + 2);
        rate = b.getInt(body + 4);
        bits = b.getShort(body + 14);
      } else if ("data".equals(id)) {
        long available = wav.length - body;
        int bytes = (int) Math.min(size, available) & ~1;
        short[] samples = new short[bytes / 2];
        b.position(body);
        b.asShortBuffer().get(samples);
        return new Pcm(channels, rate, bits, format, samples);
      }
      pos = (int) (body + size + (size & 1));
    }
    throw new IllegalArgumentException("no data chunk");
  }

  private static String tag(byte[] wav, int at) {
    return new String(wav, at, 4, java.nio.charset.StandardCharsets.US_ASCII);
  }
}
