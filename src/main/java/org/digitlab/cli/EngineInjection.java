package org.digitlab.cli;

import java.lang.reflect.Constructor;
import org.digitlab.engine.Engine;
import picocli.CommandLine;

/**
 * Creates the sub-commands for picocli, handing the one engine to those whose constructor takes
 * it, so that no command builds engine objects of its own.
 */
final class EngineInjection implements CommandLine.IFactory {

    private final Engine engine;

    EngineInjection(Engine engine) {
        this.engine = engine;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        Constructor<K> withEngine;
        try {
            withEngine = type.getDeclaredConstructor(Engine.class);
        } catch (NoSuchMethodException e) {
            return CommandLine.defaultFactory().create(type);
        }
        withEngine.setAccessible(true);
        return withEngine.newInstance(engine);
    }
}
