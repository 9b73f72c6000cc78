package io.github.ackhybrid.reliability.chaos;

/** One user journey of the chaos suite: its steps, its cleanup, and the invariants it checks. */
interface Journey {

  /**
   * Returns the journey's name for the figures.
   *
   * @return a short name
   */
  String name();

  /**
   * Runs the journey and its cleanup once, with faults on, checking that nothing is duplicated on
   * the way and nothing is left after the cleanup.
   *
   * @param run the run's context
   * @param clients the SDK clients
   */
  void run(ChaosRun run, ChaosClients clients);
}
