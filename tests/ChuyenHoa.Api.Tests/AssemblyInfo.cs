// Collections run two at a time (one per core); those that count the API's process-wide meters are marked to run alone,
// after the others (DevelopmentHostCollection, ProcessWideMetersCollection).
[assembly: CollectionBehavior(MaxParallelThreads = 2)]
