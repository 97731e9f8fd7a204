package fr.passerelle.filtering;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The engine in service. A new one is built aside (lists and policies compiled) and swapped in at
 * once; requests being decided finish on the engine they started with.
 */
public final class EngineHolder {

  private final AtomicReference<Engine> current;

  public EngineHolder(Engine initial) {
    this.current = new AtomicReference<>(initial);
  }

  public Engine get() {
    return current.get();
  }

  public Decision decide(Request request) {
    return current.get().decide(request);
  }

  /** Puts a new engine in service; returns the one it replaces. */
  public Engine swap(Engine next) {
    return current.getAndSet(next);
  }
}
