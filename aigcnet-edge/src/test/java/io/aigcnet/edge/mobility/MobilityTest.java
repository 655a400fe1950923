package io.aigcnet.edge.mobility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.aigcnet.core.config.ConfigException;
import io.aigcnet.edge.topology.Point;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MobilityTest {
    @TempDir Path dir;

    @Test void randomWaypointStaysInTheAreaAndUnderTheTopSpeed() {
        RandomWaypoint m = new RandomWaypoint(50, 1000, 500, 1, 10, 30, 7);
        for (int u = 0; u < 50; u++) {
            Point prev = m.positionAt(u, 0);
            for (double t = 5; t < 20_000; t += 5) {
                Point p = m.positionAt(u, t);
                assertThat(p.x()).isBetween(0.0, 1000.0);
                assertThat(p.y()).isBetween(0.0, 500.0);
                assertThat(p.distanceTo(prev)).isLessThanOrEqualTo(10 * 5 + 1e-9);
                prev = p;
            }
        }
    }

    @Test void positionsDoNotDependOnTheOrderUsersAreAsked() {
        RandomWaypoint a = new RandomWaypoint(3, 1000, 1000, 1, 5, 0, 11), b = new RandomWaypoint(3, 1000, 1000, 1, 5, 0, 11);
        Point a0 = a.positionAt(0, 3000), a2 = a.positionAt(2, 3000);
        Point b2 = b.positionAt(2, 3000), b0 = b.positionAt(0, 3000);
        assertThat(a0).isEqualTo(b0);
        assertThat(a2).isEqualTo(b2);
        assertThat(a0).isNotEqualTo(a2);
    }

    @Test void traceInterpolatesBetweenWaypoints() throws Exception {
        Path f = dir.resolve("trace.csv");
        Files.writeString(f, "user,t_s,x_m,y_m\n0,0,0,0\n0,10,100,0\n1,0,5,5\n0,20,100,50\n");
        TraceMobility m = TraceMobility.read(f);
        assertThat(m.users()).isEqualTo(2);
        assertThat(m.positionAt(0, 5).x()).isCloseTo(50, within(1e-12));
        assertThat(m.positionAt(0, 15).y()).isCloseTo(25, within(1e-12));
        assertThat(m.positionAt(0, 99)).isEqualTo(new Point(100, 50));
        assertThat(m.positionAt(1, 7)).isEqualTo(new Point(5, 5));
    }

    @Test void badTracesNameTheLine() throws Exception {
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, "user,t_s,x_m,y_m\n0,10,0,0\n0,5,1,1\n");
        assertThatThrownBy(() -> TraceMobility.read(f)).isInstanceOf(ConfigException.class).hasMessageContaining("line 3.t_s");
        Files.writeString(f, "u,t,x,y\n");
        assertThatThrownBy(() -> TraceMobility.read(f)).hasMessageContaining("header");
        Files.writeString(f, "user,t_s,x_m,y_m\n1,0,0,0\n");
        assertThatThrownBy(() -> TraceMobility.read(f)).hasMessageContaining("user 0");
    }
}
