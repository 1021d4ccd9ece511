using Sitrep.Core;
using Sitrep.Pipeline.Stages.Actors;

namespace Sitrep.Pipeline.Tests.Actors;

/// <summary>The stage loads its dictionaries once for all actor tests; every test reads the shipped data.</summary>
[CollectionDefinition(Name)]
public sealed class ShippedActorsCollection : ICollectionFixture<ShippedActors>
{
    public const string Name = "shipped actors";
}

public sealed class ShippedActors
{
    public ShippedActors()
    {
        Data = ActorDictionary.Load(DataFolder.Locate());
        Stage = new ActorsStage(new ActorMatcher(Data));
    }

    public ActorDictionary Data { get; }
    public ActorsStage Stage { get; }

    public List<ActorMention> Find(string text)
    {
        var document = new Document("test", text);
        Stage.Process(document);
        return document.Actors;
    }
}

[Collection(ShippedActorsCollection.Name)]
public class ActorsStageTests(ShippedActors actors)
{
    private ActorMention Single(string text, string mentionText)
    {
        var found = actors.Find(text);
        var mention = Assert.Single(found, m => m.Text == mentionText);
        Assert.Equal(mentionText, text.Substring(mention.Span.Start, mention.Span.Length));
        return mention;
    }

    [Theory]
    [InlineData("Turkish warplanes struck villages near the border on Monday.", "Turkish warplanes", "Military Forces of Turkey", "TR")]
    [InlineData("Iraqi security forces arrested three suspects in Mosul.", "Iraqi security forces", "Military Forces of Iraq", "IQ")]
    [InlineData("The attack was repelled by Afghan National Army soldiers.", "Afghan National Army soldiers", "Military Forces of Afghanistan", "AF")]
    [InlineData("Witnesses said U.S. troops opened fire.", "U.S. troops", "Military Forces of the United States", "US")]
    [InlineData("Fighting erupted after the Congolese army advanced.", "Congolese army", "Military Forces of the Democratic Republic of Congo", "CD")]
    [InlineData("Kenyan police fired tear gas in Nairobi.", "Kenyan police", "Police Forces of Kenya", "KE")]
    [InlineData("Officials said Nigeria's army had retaken the town.", "Nigeria's army", "Military Forces of Nigeria", "NG")]
    [InlineData("The Philippine navy intercepted the boat.", "Philippine navy", "Military Forces of the Philippines", "PH")]
    public void Country_word_with_a_force_noun_is_that_state_s_forces(string text, string mentionText, string name, string home)
    {
        var m = Single(text, mentionText);
        Assert.Equal(name, m.CanonicalName);
        Assert.Equal(ActorCategory.StateForces, m.Category);
        Assert.Equal(home, m.HomeCountry);
        Assert.False(m.IsGeneric);
        Assert.False(m.IsSourceOnly);
    }

    [Fact]
    public void A_state_s_forces_abroad_are_external()
    {
        var m = Single("Russian jets bombed a market in Idlib province.", "Russian jets");
        Assert.Equal(8, m.InterIn("SY"));
        Assert.Equal(1, m.InterIn("RU"));
    }

    [Theory]
    [InlineData("Iranian-backed militias fired rockets at the base.", "Iranian-backed militias")]
    [InlineData("Iran-backed Shiite militias fired rockets at the base.", "Iran-backed Shiite militias")]
    [InlineData("Tehran-backed fighters fired rockets at the base.", "Tehran-backed fighters")]
    [InlineData("Rockets were fired by militias backed by Iran.", "militias backed by Iran")]
    [InlineData("Pro-Iranian militias fired rockets at the base.", "Pro-Iranian militias")]
    [InlineData("Militias loyal to Tehran fired rockets at the base.", "Militias loyal to Tehran")]
    public void Backed_militias_name_their_backer_and_carry_it_as_associated_actor(string text, string mentionText)
    {
        var m = Single(text, mentionText);
        Assert.Equal("Militia (Pro-Iran)", m.CanonicalName);
        Assert.Equal(ActorCategory.PoliticalMilitia, m.Category);
        Assert.Equal("Military Forces of Iran (Islamic Revolutionary Guard Corps)", m.AssociatedActor);
    }

    [Fact]
    public void A_named_group_after_a_backer_keeps_its_name_and_gains_the_backer()
    {
        var m = Single("US-backed Syrian Democratic Forces captured the village.", "US-backed Syrian Democratic Forces");
        Assert.Equal("SDF: Syrian Democratic Forces", m.CanonicalName);
        Assert.Equal(ActorCategory.RebelGroup, m.Category);
        Assert.Equal("Military Forces of the United States", m.AssociatedActor);

        var rwanda = Single("Rwanda-backed M23 rebels seized the town.", "Rwanda-backed M23 rebels");
        Assert.Equal("M23: March 23 Movement", rwanda.CanonicalName);
        Assert.Equal("Military Forces of Rwanda", rwanda.AssociatedActor);
    }

    [Fact]
    public void Government_backed_militia_points_at_the_event_country_s_forces()
    {
        var m = Single("Government-backed militias torched homes in the valley.", "Government-backed militias");
        Assert.Equal("Militia (Pro-Government)", m.CanonicalName);
        Assert.Equal("Military Forces of {the country}", m.AssociatedActor);
    }

    [Fact]
    public void A_led_coalition_is_the_coalition_with_its_leader_associated()
    {
        var m = Single("The U.S.-led coalition carried out two strikes.", "U.S.-led coalition");
        Assert.Equal("International Coalition Forces", m.CanonicalName);
        Assert.Equal(ActorCategory.ExternalForces, m.Category);
        Assert.Equal("Military Forces of the United States", m.AssociatedActor);
    }

    [Theory]
    [InlineData("ISIS claimed the bombing in a statement.", "ISIS", "Islamic State ({country})")]
    [InlineData("Isis claimed the bombing in a statement.", "Isis", "Islamic State ({country})")]
    [InlineData("IS fighters ambushed a convoy.", "IS fighters", "Islamic State ({country})")]
    [InlineData("Daesh remnants attacked a checkpoint.", "Daesh", "Islamic State ({country})")]
    [InlineData("The Islamic State West Africa Province overran a base.", "Islamic State West Africa Province", "Islamic State (West Africa)")]
    [InlineData("ISKP said it carried out the attack.", "ISKP", "Islamic State (Khorasan)")]
    [InlineData("Ansar Allah fighters fired a missile at a ship.", "Ansar Allah", "Houthi Movement")]
    [InlineData("Houthis fired a missile at a ship.", "Houthis", "Houthi Movement")]
    [InlineData("Al Shabaab militants stormed a hotel.", "Al Shabaab militants", "Al Shabaab")]
    [InlineData("al-Shabab claimed the raid.", "al-Shabab", "Al Shabaab")]
    [InlineData("Hizbollah launched drones across the border.", "Hizbollah", "Hezbollah")]
    [InlineData("Zeinabiyoun units were sent to the front.", "Zeinabiyoun", "Zainabiyoun Brigade")]
    [InlineData("The Tehrik-i-Taliban Pakistan claimed the attack.", "Tehrik-i-Taliban Pakistan", "TTP: Tehreek-i-Taliban Pakistan")]
    [InlineData("Pakistani Taliban fighters attacked a post.", "Pakistani Taliban", "TTP: Tehreek-i-Taliban Pakistan")]
    [InlineData("The Kachin Independence Army shelled a junta camp.", "Kachin Independence Army", "KIA: Kachin Independence Army")]
    [InlineData("PDF fighters attacked a junta convoy.", "PDF fighter", "PDF: People's Defense Force")]
    public void Named_groups_resolve_through_their_spellings(string text, string mentionText, string name)
    {
        var found = actors.Find(text);
        var m = Assert.Single(found, x => x.Text.StartsWith(mentionText, StringComparison.Ordinal));
        Assert.Equal(name, m.CanonicalName);
    }

    [Fact]
    public void The_longest_name_wins()
    {
        var found = actors.Find("Kataib Hezbollah denied any role.");
        var m = Assert.Single(found);
        Assert.Equal("Kataib Hezbollah", m.CanonicalName);
        Assert.Equal("Kataib Hezbollah", m.Text);

        var irgc = Assert.Single(actors.Find("The Islamic Revolutionary Guard Corps said it fired missiles."),
            x => x.CanonicalName.Contains("Revolutionary Guard"));
        Assert.Equal("Islamic Revolutionary Guard Corps", irgc.Text);
        Assert.Equal(ActorCategory.StateForces, irgc.Category);
        Assert.Equal("IR", irgc.HomeCountry);
    }

    [Theory]
    [InlineData("Is this the end of the war? Nobody knows.")]
    [InlineData("The pdf of the report was leaked.")]
    [InlineData("He said it is over.")]
    [InlineData("BREAKING NEWS: IS THIS THE END")]
    [InlineData("The adf file was corrupted.")]
    public void Short_acronyms_match_only_in_capitals_and_outside_headlines(string text)
    {
        Assert.DoesNotContain(actors.Find(text), m => m.EntryId is "islamic-state" or "pdf-myanmar" or "adf");
    }

    [Fact]
    public void Acronyms_in_capitals_do_match()
    {
        Assert.Contains(actors.Find("The ADF killed 12 villagers."), m => m.EntryId == "adf");
        Assert.Contains(actors.Find("The IRGC seized a tanker."), m => m.EntryId == "iran-irgc");
    }

    [Fact]
    public void Possessives_and_offsets()
    {
        const string text = "Hezbollah's fighters and Israel's army exchanged fire.";
        var found = actors.Find(text);
        var hezbollah = Assert.Single(found, m => m.EntryId == "hezbollah");
        Assert.Equal(new TextSpan(0, 20), hezbollah.Span);
        Assert.Equal("Hezbollah's fighters", hezbollah.Text);
        var israel = Assert.Single(found, m => m.CanonicalName == "Military Forces of Israel");
        Assert.Equal("Israel's army", israel.Text);
        Assert.Equal(text.IndexOf("Israel's", StringComparison.Ordinal), israel.Span.Start);
    }

    [Fact]
    public void Generic_descriptions_keep_the_country_placeholder()
    {
        var found = actors.Find("Gunmen shot dead two farmers as security forces and protesters clashed with rioters.");
        Assert.Contains(found, m => m.Text == "Gunmen" && m.CanonicalName == "Unidentified Armed Group ({country})" && m.Category == ActorCategory.PoliticalMilitia && m.IsGeneric);
        Assert.Contains(found, m => m.Text == "farmers" && m.CanonicalName == "Civilians ({country})" && m.Category == ActorCategory.Civilians);
        Assert.Contains(found, m => m.Text == "security forces" && m.CanonicalName == "Military Forces of {the country}" && m.Category == ActorCategory.StateForces && m.IsGeneric);
        Assert.Contains(found, m => m.Text == "protesters" && m.CanonicalName == "Protesters ({country})" && m.Category == ActorCategory.Protesters);
        Assert.Contains(found, m => m.Text == "rioters" && m.CanonicalName == "Rioters ({country})" && m.Category == ActorCategory.Rioters);
    }

    [Fact]
    public void A_country_word_before_civilians_sets_their_home_but_not_their_name()
    {
        var m = Single("The strike killed four Syrian civilians near the border.", "Syrian civilians");
        Assert.Equal("Civilians ({country})", m.CanonicalName);
        Assert.Equal("SY", m.HomeCountry);
        Assert.True(m.IsGeneric);
    }

    [Fact]
    public void Filling_a_generic_name_uses_the_article_where_the_country_takes_one()
    {
        var data = actors.Data;
        Assert.Equal("Military Forces of the United Kingdom", CountryNames.Fill("Military Forces of {the country}", data.CountriesByIso2["GB"]));
        Assert.Equal("Civilians (Mali)", CountryNames.Fill("Civilians ({country})", data.CountriesByIso2["ML"]));
    }

    [Fact]
    public void Coordinated_country_words_share_the_noun()
    {
        var found = actors.Find("Afghan and coalition forces detained two insurgents in Kandahar.");
        Assert.Contains(found, m => m.Text == "Afghan" && m.CanonicalName == "Military Forces of Afghanistan");
        Assert.Contains(found, m => m.Text == "coalition forces" && m.Category == ActorCategory.ExternalForces);
        Assert.Contains(found, m => m.Text == "insurgents" && m.CanonicalName == "Unidentified Armed Group ({country})");
    }

    [Fact]
    public void A_country_name_acting_is_its_forces_and_speaking_is_its_government()
    {
        var acting = Single("Israel struck targets in southern Lebanon overnight.", "Israel");
        Assert.Equal("Military Forces of Israel", acting.CanonicalName);
        Assert.False(acting.IsSourceOnly);

        var speaking = Single("Moscow has denied the report.", "Moscow");
        Assert.Equal("Government of Russia", speaking.CanonicalName);
        Assert.True(speaking.IsSourceOnly);
    }

    [Theory]
    [InlineData("Clashes in Syria killed nine people.")]
    [InlineData("An Iranian delegation arrived on Sunday.")]
    [InlineData("Oil prices rose after the vote in Iraq.")]
    public void A_bare_country_word_is_not_an_actor(string text)
    {
        Assert.Empty(actors.Find(text));
    }

    [Fact]
    public void Institutions_are_sources_only()
    {
        var found = actors.Find("The Syrian Observatory for Human Rights said Reuters and Egypt's Foreign Ministry confirmed the toll.");
        var monitor = Assert.Single(found, m => m.EntryId == "sohr");
        Assert.True(monitor.IsSourceOnly);
        Assert.Equal("Syrian Observatory for Human Rights", monitor.Text);
        Assert.Contains(found, m => m.Text == "Reuters" && m.IsSourceOnly);
        var ministry = Assert.Single(found, m => m.EntryId == "foreign-ministry");
        Assert.Equal("Egypt's Foreign Ministry", ministry.Text);
        Assert.Equal("Ministry of Foreign Affairs (Egypt)", ministry.CanonicalName);
        Assert.Equal("EG", ministry.HomeCountry);
        Assert.True(ministry.IsSourceOnly);
    }

    [Fact]
    public void Named_state_bodies_resolve_to_their_forces()
    {
        Assert.Contains(actors.Find("The Pentagon announced new deployments to the region."), m => m.CanonicalName == "Military Forces of the United States" && m.HomeCountry == "US");
        Assert.Contains(actors.Find("Central Command reported the seizure of a weapons shipment."), m => m.CanonicalName == "Military Forces of the United States");
        Assert.Contains(actors.Find("The Quds Force trains allied groups."), m => m.EntryId == "iran-irgc");
    }

    [Fact]
    public void Mentions_carry_their_sentence_and_provenance()
    {
        var document = new Document("t", "Quiet day. Taliban fighters attacked a checkpoint.");
        document.Sentences.Add(new Sentence(0, new TextSpan(0, 10), 0));
        document.Sentences.Add(new Sentence(1, new TextSpan(11, 50), 0));
        actors.Stage.Process(document);
        var m = Assert.Single(document.Actors);
        Assert.Equal(1, m.Sentence);
        Assert.Equal("Taliban fighters", m.Text);
        Assert.StartsWith("rule:actors/", m.By.By);
        Assert.InRange(m.By.Confidence, 0.5, 1.0);
    }

    [Fact]
    public void A_report_in_another_language_is_left_alone()
    {
        var document = new Document("t", "Des soldats syriens ont attaqué.") { Language = "fr" };
        actors.Stage.Process(document);
        Assert.Empty(document.Actors);
    }
}

[Collection(ShippedActorsCollection.Name)]
public class ActorsStageEdgeTests(ShippedActors actors)
{
    [Fact]
    public void A_led_force_is_the_leader_s_own_forces_not_a_militia()
    {
        var m = Assert.Single(actors.Find("An Ethiopian-led force cleared the road."));
        Assert.Equal("Ethiopian-led force", m.Text);
        Assert.Equal("Military Forces of Ethiopia", m.CanonicalName);
        Assert.Equal(ActorCategory.StateForces, m.Category);
    }

    [Fact]
    public void A_backer_named_with_a_possessive_is_the_named_body()
    {
        var m = Assert.Single(actors.Find("Armed groups affiliated with Iran's Revolutionary Guard fired rockets."));
        Assert.Equal("Armed groups affiliated with Iran's Revolutionary Guard", m.Text);
        Assert.Equal("Militia (Pro-Iran)", m.CanonicalName);
        Assert.Equal("Military Forces of Iran (Islamic Revolutionary Guard Corps)", m.AssociatedActor);
    }

    [Fact]
    public void Accents_and_apostrophes_do_not_change_a_name()
    {
        Assert.Contains(actors.Find("Medecins Sans Frontieres said the clinic was hit."), m => m.EntryId == "msf");
        Assert.Contains(actors.Find("Médecins Sans Frontières said the clinic was hit."), m => m.EntryId == "msf");
        Assert.Contains(actors.Find("Jamaat Nusrat al-Islam wal-Muslimin fighters raided the village."), m => m.EntryId == "jnim");
        Assert.Contains(actors.Find("Ivorian soldiers patrolled the border."), m => m.CanonicalName == "Military Forces of Ivory Coast");
    }

    [Fact]
    public void Country_words_must_be_capitalised_and_unambiguous()
    {
        Assert.DoesNotContain(actors.Find("A male soldier was wounded."), m => m.HomeCountry == "MV");
        Assert.DoesNotContain(actors.Find("Victoria said the troops had left."), m => m.HomeCountry == "SC");
    }

    [Fact]
    public void A_file_format_is_not_an_armed_group()
    {
        Assert.DoesNotContain(actors.Find("Download PDF. Soldiers patrolled the area."), m => m.EntryId == "pdf-myanmar");
        Assert.Contains(actors.Find("PDF fighters said they seized the post."), m => m.EntryId == "pdf-myanmar");
    }

    [Fact]
    public void Boilerplate_other_than_headlines_names_no_actor()
    {
        var document = new Document("t", "Release 2024-01-ISAF. ISAF troops detained a suspect.");
        document.Boilerplate.Add(new Boilerplate(new TextSpan(0, 21), BoilerplateKind.ReleaseNumber));
        actors.Stage.Process(document);
        var m = Assert.Single(document.Actors);
        Assert.Equal("ISAF troops", m.Text);
    }
}

[Collection(ShippedActorsCollection.Name)]
public class ActorsSpeakerPlaceTests(ShippedActors actors)
{
    [Fact]
    public void A_sentence_opening_with_a_country_places_its_speakers_there()
    {
        var found = actors.Find("Troops shelled the town. In Ukraine, the Defense Ministry said two soldiers died.");
        var ministry = Assert.Single(found, m => m.EntryId == "defense-ministry");
        Assert.Equal("Ministry of Defense (Ukraine)", ministry.CanonicalName);
        Assert.Equal("UA", ministry.HomeCountry);
        Assert.False(ministry.IsGeneric);
    }

    [Fact]
    public void A_country_in_mid_sentence_does_not_place_a_speaker()
    {
        var found = actors.Find("Troops in Ukraine advanced, the Defense Ministry said.");
        var ministry = Assert.Single(found, m => m.EntryId == "defense-ministry");
        Assert.Equal("Ministry of Defense ({country})", ministry.CanonicalName);
        Assert.Null(ministry.HomeCountry);
    }
}

[Collection(ShippedActorsCollection.Name)]
public class ActorsMemberTests(ShippedActors actors)
{
    [Theory]
    [InlineData("Militants of JNIM stormed the post.", "Militants of JNIM", "jnim")]
    [InlineData("Fighters of the Islamic State overran the village.", "Fighters of the Islamic State", "islamic-state")]
    [InlineData("Hamas's armed wing claimed the attack.", "Hamas's armed wing", "hamas")]
    [InlineData("HTS commanders met in Idlib.", "HTS commanders", "hts")]
    [InlineData("Gunmen from the Gran Grif gang raided the town.", "Gunmen from the Gran Grif gang", "gran-grif")]
    [InlineData("Fighters from the Viv Ansanm gang coalition raided the town.", "Fighters from the Viv Ansanm gang coalition", "viv-ansanm")]
    public void Members_of_a_named_group_are_the_group(string text, string mentionText, string entryId)
    {
        var m = Assert.Single(actors.Find(text));
        Assert.Equal(mentionText, m.Text);
        Assert.Equal(entryId, m.EntryId);
    }

    [Fact]
    public void Members_of_a_description_stay_apart()
    {
        var found = actors.Find("Fighters of the local community fled.");
        Assert.DoesNotContain(found, m => m.Text.StartsWith("Fighters of"));
    }
}

[Collection(ShippedActorsCollection.Name)]
public class ActorsCaseTests(ShippedActors actors)
{
    [Fact]
    public void Mixed_case_acronyms_keep_their_case()
    {
        Assert.Contains(actors.Find("LeT militants attacked the camp."), m => m.EntryId == "lashkar-e-taiba");
        Assert.DoesNotContain(actors.Find("Let the record show that troops left."), m => m.EntryId == "lashkar-e-taiba");
    }

    [Theory]
    [InlineData("A Russian ballistic missile hit a school.", "Russian ballistic missile", "Military Forces of Russia")]
    [InlineData("Israeli fire killed two men.", "Israeli fire", "Military Forces of Israel")]
    [InlineData("Military aircraft bombed the market.", "Military aircraft", "Military Forces of {the country}")]
    public void Weapons_and_fire_named_by_country_are_its_forces(string text, string mentionText, string name)
    {
        var m = Assert.Single(actors.Find(text), x => x.Text == mentionText);
        Assert.Equal(name, m.CanonicalName);
    }
}
