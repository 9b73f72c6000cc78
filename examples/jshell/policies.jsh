// Build a canary release, shift it one step, and print the Istio resources it renders.
// Run with examples/jshell.sh examples/jshell/policies.jsh
import io.github.ackhybrid.mesh.CanaryRelease;
import io.github.ackhybrid.mesh.IstioApiVersion;
import io.github.ackhybrid.mesh.IstioResource;
import io.github.ackhybrid.mesh.RouteMatch;
import io.github.ackhybrid.mesh.StringMatch;

// JShell ends a statement at the first line that is complete by itself: continued lines end with a dot.
CanaryRelease canary = CanaryRelease.forService("reviews", "default").
    weight("v1", 90).weight("v2", 10).
    route(RouteMatch.header("x-canary", StringMatch.exact("true")), "v2");
System.out.println(canary.describe());

CanaryRelease next = canary.shift("v2", 10);
System.out.println("after one step: " + next.weights());

for (IstioResource resource : next.render(IstioApiVersion.defaultVersion())) {
  System.out.println(resource.toPrettyJson());
}
/exit
