using Sitrep.Pipeline.Stages.Actors;

namespace Sitrep.Pipeline.Tests.Actors;

public sealed class ActorDictionaryTests : IDisposable
{
    private readonly string copy = Path.Combine(Path.GetTempPath(), "sitrep-actors-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(copy)) Directory.Delete(copy, recursive: true);
    }

    [Fact]
    public void The_shipped_actor_data_is_valid()
    {
        var problems = ActorDictionary.Validate(DataFolder.Locate());
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        var data = ActorDictionary.Load(DataFolder.Locate());
        Assert.True(data.Countries.Count >= 195);
        Assert.Contains(data.Entries, e => e.Id == "islamic-state");
    }

    [Fact]
    public void A_broken_line_is_reported_with_its_file_and_line_number()
    {
        var data = CopyData();
        var file = Path.Combine(data, "actors", "armed-groups.jsonl");
        var lines = File.ReadAllLines(file).ToList();
        lines.Add("""{"id":"no-patterns","name":"Nameless Front","category":2}""");
        var missingAt = lines.Count;
        lines.Add("""{"id":"bad-category","name":"Odd Front","category":9,"patterns":["Odd Front"]}""");
        var categoryAt = lines.Count;
        lines.Add("{not json");
        var jsonAt = lines.Count;
        File.WriteAllLines(file, lines);

        var problems = ActorDictionary.Validate(data);

        Assert.Contains(problems, p => p.StartsWith($"actors/armed-groups.jsonl:{missingAt}: ") && p.Contains("patterns"));
        Assert.Contains(problems, p => p.StartsWith($"actors/armed-groups.jsonl:{categoryAt}: ") && p.Contains("category"));
        Assert.Contains(problems, p => p.StartsWith($"actors/armed-groups.jsonl:{jsonAt}: not valid JSON"));
        var e = Assert.Throws<InvalidDataException>(() => ActorDictionary.Load(data));
        Assert.Contains($"actors/armed-groups.jsonl:{missingAt}: ", e.Message);
    }

    [Fact]
    public void Cross_file_mistakes_are_reported()
    {
        var data = CopyData();
        var file = Path.Combine(data, "actors", "zz-extra.jsonl");
        File.WriteAllLines(file,
        [
            "# an extra dictionary",
            """{"id":"taliban","name":"Taliban Again","category":2,"patterns":["Taliban Again"]}""",
            """{"id":"borrowed-name","name":"Hezbollah Copy","category":3,"patterns":["Hizbollah"]}""",
            """{"id":"nowhere-front","name":"Nowhere Front","category":2,"home_country":"QQ","patterns":["Nowhere Front"]}""",
        ]);

        var problems = ActorDictionary.Validate(data);

        Assert.Contains(problems, p => p.StartsWith("actors/zz-extra.jsonl:2: ") && p.Contains("already used"));
        Assert.Contains(problems, p => p.StartsWith("actors/zz-extra.jsonl:3: ") && p.Contains("hezbollah"));
        Assert.Contains(problems, p => p.StartsWith("actors/zz-extra.jsonl:4: ") && p.Contains("QQ"));
    }

    [Fact]
    public void A_country_missing_a_field_is_reported_by_line()
    {
        var data = CopyData();
        var file = Path.Combine(data, "countries.jsonl");
        var lines = File.ReadAllLines(file).ToList();
        lines.Insert(4, """{"iso2":"QZ","iso3":"QZQ","name":"Nowhere","aliases":[],"demonyms":[]}""");
        File.WriteAllLines(file, lines);

        var problems = ActorDictionary.Validate(data);

        Assert.Contains(problems, p => p.StartsWith("countries.jsonl:5: "));
    }

    private string CopyData()
    {
        var source = DataFolder.Locate();
        foreach (var path in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, path);
            if (!(relative.StartsWith("actors") || relative.StartsWith("schemas") || relative.StartsWith("lexicons") || relative == "countries.jsonl")) continue;
            var target = Path.Combine(copy, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(path, target);
        }
        return copy;
    }
}

public class ActorsStageCreateTests
{
    [Fact]
    public void The_stage_builds_from_the_pipeline_options_data_folder()
    {
        var stage = ActorsStage.Create(new PipelineOptions { DataFolder = DataFolder.Locate() });
        Assert.Equal("actors", stage.Name);
        var document = new Sitrep.Core.Document("t", "Pakistani troops killed four militants.");
        stage.Process(document);
        Assert.Equal(["Military Forces of Pakistan", "Unidentified Armed Group ({country})"], document.Actors.Select(a => a.CanonicalName));
    }
}
