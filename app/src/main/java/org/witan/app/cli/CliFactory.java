package org.witan.app.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;

/** Builds command objects, passing the {@link CliContext} to those whose constructor takes it. */
final class CliFactory implements CommandLine.IFactory {
  private final CliContext context;

  CliFactory(CliContext context) {
    this.context = context;
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    for (Constructor<?> c : type.getDeclaredConstructors()) {
      if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == CliContext.class) {
        c.setAccessible(true);
        return type.cast(c.newInstance(context));
      }
    }
    return CommandLine.defaultFactory().create(type);
  }
}
