// Several tests count what the API did through its process-wide meters (document cache hits, batch sizes): a test
// class running beside them would add its own measurements, so the collections of this assembly run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
