package io.aigcnet.edge.scenario;

import io.aigcnet.core.config.ConfigException;
import io.aigcnet.edge.mobility.MobilityModel;
import io.aigcnet.edge.mobility.RandomWaypoint;
import io.aigcnet.edge.mobility.StaticMobility;
import io.aigcnet.edge.mobility.TraceMobility;
import java.nio.file.Path;

/** Builds the mobility model a scenario names; a trace file is resolved against the scenario's folder. */
public final class ScenarioMobility {
    private ScenarioMobility() {}

    public static MobilityModel of(Scenario sc, Path baseDir, long seed) {
        int users = sc.devices().count();
        Scenario.Mobility m = sc.mobility();
        return switch (m.model()) {
            case "static" -> new StaticMobility(users, sc.widthM(), sc.heightM(), seed);
            case "trace" -> {
                Path f = baseDir == null ? Path.of(m.traceFile()) : baseDir.resolve(m.traceFile());
                TraceMobility t = TraceMobility.read(f);
                if (t.users() < users)
                    throw ConfigException.field("mobility.trace_file", f + " has " + t.users() + " users but devices.count is " + users);
                yield t;
            }
            default -> new RandomWaypoint(users, sc.widthM(), sc.heightM(), m.speedMinMps(), m.speedMaxMps(), m.pauseS(), seed);
        };
    }
}
