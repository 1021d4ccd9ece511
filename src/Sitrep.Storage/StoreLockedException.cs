namespace Sitrep.Storage;

/// <summary>Another process holds the store's write lock longer than the busy timeout.</summary>
public sealed class StoreLockedException(string store, Exception inner)
    : Exception($"{store}: store is locked by another writer; try again when it finishes", inner);

/// <summary>The store cannot be opened or read (bad path, bad connection string, not a Sitrep store).</summary>
public sealed class StoreOpenException(string store, string problem) : Exception($"{store}: {problem}");
