namespace Sitrep.Places;

/// <summary>
/// A compact multimap (values are entry number &lt;&lt; 1 | primary-name bit) from name key to entry numbers. The keys'
/// characters live in one shared array and the table is open-addressed over plain int arrays, so half a million keys
/// cost no string objects for the garbage collector to trace; postings are chained in flat arrays.
/// </summary>
internal sealed class KeyIndex
{
    private char[] _chars = new char[1 << 16];
    private int _charCount;

    // Per key: where its characters start, how many, its hash, and the first of its postings.
    private int[] _keyStart = new int[1024];
    private int[] _keyLength = new int[1024];
    private int[] _keyHash = new int[1024];
    private int[] _head = new int[1024];
    private int _keyCount;

    // Open addressing: slot holds key number + 1 (0 is empty); the table is kept at most half full.
    private int[] _slots = new int[2048];

    private int[] _next = new int[1024];
    private int[] _values = new int[1024];
    private int _count;

    public int KeyCount => _keyCount;

    public IEnumerable<string> Keys
    {
        get
        {
            for (var k = 0; k < _keyCount; k++) yield return new string(_chars, _keyStart[k], _keyLength[k]);
        }
    }

    public void Reserve(int keys, int postings)
    {
        if (keys > _keyStart.Length) ResizeKeys(keys);
        var slots = _slots.Length;
        while (slots < keys * 2) slots <<= 1;
        if (slots > _slots.Length) Rehash(slots);
        if (keys * 12 > _chars.Length) Array.Resize(ref _chars, keys * 12);
        if (postings > _values.Length)
        {
            Array.Resize(ref _values, postings);
            Array.Resize(ref _next, postings);
        }
    }

    public void Add(string key, int value) => Add(key.AsSpan(), value);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public void Add(ReadOnlySpan<char> key, int value)
    {
        if (key.IsEmpty) return;
        var hash = string.GetHashCode(key);
        var slot = Find(key, hash);
        int k;
        if (_slots[slot] == 0)
        {
            k = NewKey(key, hash);
            if (_keyCount * 2 > _slots.Length) Rehash(_slots.Length * 2);
            else _slots[slot] = k + 1;
        }
        else k = _slots[slot] - 1;
        Append(ref _head[k], value);
    }

    // An entry's names are added together, so a repeat of the same entry can only be at the head.
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

    public bool Contains(string key) => key.Length > 0 && _slots[Find(key, string.GetHashCode(key.AsSpan()))] != 0;

    public void Collect(string key, List<int> into)
    {
        if (key.Length == 0) return;
        var slot = _slots[Find(key, string.GetHashCode(key.AsSpan()))];
        if (slot == 0) return;
        for (var p = _head[slot - 1]; p >= 0; p = _next[p]) into.Add(_values[p]);
    }

    /// <summary>The slot holding this key, or the empty slot where it would go.</summary>
    private int Find(ReadOnlySpan<char> key, int hash)
    {
        var mask = _slots.Length - 1;
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            var s = _slots[i];
            if (s == 0) return i;
            var k = s - 1;
            if (_keyHash[k] == hash && _keyLength[k] == key.Length && key.SequenceEqual(_chars.AsSpan(_keyStart[k], key.Length))) return i;
        }
    }

    private int NewKey(ReadOnlySpan<char> key, int hash)
    {
        if (_keyCount == _keyStart.Length) ResizeKeys(_keyCount * 2);
        if (_charCount + key.Length > _chars.Length) Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + key.Length));
        key.CopyTo(_chars.AsSpan(_charCount));
        var k = _keyCount++;
        _keyStart[k] = _charCount;
        _keyLength[k] = key.Length;
        _keyHash[k] = hash;
        _head[k] = -1;
        _charCount += key.Length;
        return k;
    }

    private void ResizeKeys(int size)
    {
        Array.Resize(ref _keyStart, size);
        Array.Resize(ref _keyLength, size);
        Array.Resize(ref _keyHash, size);
        Array.Resize(ref _head, size);
    }

    private void Rehash(int size)
    {
        _slots = new int[size];
        var mask = size - 1;
        for (var k = 0; k < _keyCount; k++)
        {
            var i = _keyHash[k] & mask;
            while (_slots[i] != 0) i = (i + 1) & mask;
            _slots[i] = k + 1;
        }
    }
}
