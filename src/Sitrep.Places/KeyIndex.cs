namespace Sitrep.Places;

/// <summary>A compact multimap (values are entry number &lt;&lt; 1 | primary-name bit) from name key to entry numbers: one dictionary slot per key, postings chained in flat arrays.</summary>
internal sealed class KeyIndex
{
    private readonly Dictionary<string, int> _heads = new(StringComparer.Ordinal);
    private int[] _next = new int[1024];
    private int[] _values = new int[1024];
    private int _count;

    public int KeyCount => _heads.Count;
    public IEnumerable<string> Keys => _heads.Keys;

    public void Reserve(int keys, int postings)
    {
        _heads.EnsureCapacity(keys);
        if (postings > _values.Length)
        {
            Array.Resize(ref _values, postings);
            Array.Resize(ref _next, postings);
        }
    }

    public void Add(string key, int value)
    {
        if (key.Length == 0) return;
        ref var head = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_heads, key, out var exists);
        if (!exists) head = -1;
        Append(ref head, value);
    }

    /// <summary>As <see cref="Add(string, int)"/> for a key read in place: the key string is allocated only when it is new.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public void Add(ReadOnlySpan<char> key, int value)
    {
        if (key.IsEmpty) return;
        ref var head = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_heads.GetAlternateLookup<ReadOnlySpan<char>>(), key, out var exists);
        if (!exists) head = -1;
        Append(ref head, value);
    }

    // An entry's names are added together, so a repeat of the same entry can only be at the head.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private void Append(ref int head, int value)
    {
        if (head >= 0 && _values[head] >> 1 == value >> 1) return;
        if (_count == _values.Length)
        {
            Array.Resize(ref _values, _count * 2);
            Array.Resize(ref _next, _count * 2);
        }
        _values[_count] = value;
        _next[_count] = head;
        head = _count++;
    }

    public bool Contains(string key) => _heads.ContainsKey(key);

    public void Collect(string key, List<int> into)
    {
        if (!_heads.TryGetValue(key, out var p)) return;
        for (; p >= 0; p = _next[p]) into.Add(_values[p]);
    }
}
