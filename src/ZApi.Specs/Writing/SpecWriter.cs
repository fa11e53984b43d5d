using System.Globalization;
using System.IO;
using System.Linq;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using ZApi.Specs.Model;
using ZApi.Specs.Parsing;

namespace ZApi.Specs.Writing;

/// <summary>
/// The one writer of spec files: the <see cref="Spec"/> model back to YAML, through YamlDotNet's
/// emitter (so every value is quoted as YAML needs), with the keys in the order the spec reference
/// shows them and optional comments (<see cref="SpecNotes"/>). What it writes, <see cref="SpecParser"/>
/// reads back to an equal model; a test holds every spec of the repository to that.
/// </summary>
public static class SpecWriter
{
    /// <summary>The first line of a spec in a folder one level below the schema (<c>specs/&lt;area&gt;/</c>).</summary>
    public const string DefaultSchemaPath = "../zapi-spec.schema.json";

    public static string Write(Spec spec, SpecNotes? notes = null, string schemaPath = DefaultSchemaPath)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        var writer = new Writer(NewEmitter(text), notes ?? new SpecNotes());
        writer.Document(spec, schemaPath);
        return text.ToString();
    }

    /// <summary>Writes an event spec (a webhook payload): the same keys and style, with its <c>event</c> section.</summary>
    public static string Write(EventSpec spec, SpecNotes? notes = null, string schemaPath = DefaultSchemaPath)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        var writer = new Writer(NewEmitter(text), notes ?? new SpecNotes());
        writer.Document(spec, schemaPath);
        return text.ToString();
    }

    private static Emitter NewEmitter(TextWriter text) => new(text, new EmitterSettings(2, int.MaxValue, false, 1024, false, true, "\n"));

    private sealed class Writer
    {
        private readonly IEmitter _emitter;
        private readonly SpecNotes _notes;

        public Writer(IEmitter emitter, SpecNotes notes)
        {
            _emitter = emitter;
            _notes = notes;
        }

        public void Document(Spec spec, string schemaPath)
        {
            Open(schemaPath, spec.Id, spec.Page);
            Root("client", spec.Client);
            Root("title", spec.Title);
            Optional("summary", spec.Summary);
            Root("method", spec.Method);
            Root("route", spec.Route);
            Root("credentials", CredentialsNames.All[(int)spec.Credentials]);
            Optional("deprecated", spec.Deprecated);
            if (spec.Undocumented)
            {
                Root("undocumented", "true");
            }

            Departures(spec.Departures);
            PageNotes(spec.Notes);
            Request(spec.Request);
            Responses(spec);
            Types(spec.Types, EnumOpenness.RequestTypes(spec.Request, spec.Types), EnumOpenness.AnswerTypes(spec.Responses, spec.Types));
            End();
        }

        /// <summary>What every spec file starts with: the schema comment, the header notes, the id and the page.</summary>
        private void Open(string schemaPath, string id, string? page)
        {
            _emitter.Emit(new StreamStart());
            _emitter.Emit(new DocumentStart(null, null, true));
            _emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Block));
            _emitter.Emit(new Comment("yaml-language-server: $schema=" + schemaPath, false));
            Notes(SpecNotes.Header);
            Root("id", id);
            if (page is not null)
            {
                Root("page", page);
            }
        }

        public void Document(EventSpec spec, string schemaPath)
        {
            Open(schemaPath, spec.Id, spec.Page);
            Root("title", spec.Title);
            Optional("summary", spec.Summary);
            Optional("deprecated", spec.Deprecated);
            Departures(spec.Departures);
            Notes("event");
            Name("event");
            BeginMap();
            Key("type", spec.Type);
            Optional("present", spec.Present);
            if (spec.Notifications.Count == 1)
            {
                Key("notification", spec.Notifications[0]);
            }
            else if (!spec.Notifications.IsEmpty)
            {
                Name("notification");
                BeginList();
                foreach (string code in spec.Notifications)
                {
                    Value(code);
                }

                EndList();
            }

            SpecAttribute[] required = spec.Members.Where(a => a.IsRequired).ToArray();
            SpecAttribute[] optional = spec.Members.Where(a => !a.IsRequired).ToArray();
            if (required.Length > 0)
            {
                Name("required");
                Attributes(required, "event", parameters: false);
            }

            if (optional.Length > 0)
            {
                Name("optional");
                Attributes(optional, "event", parameters: false);
            }

            Examples(spec.Examples, "event");
            EndMap();
            Types(spec.Types, new System.Collections.Generic.HashSet<string>(), EnumOpenness.AnswerTypes(spec.Members, spec.Types));
            End();
        }

        private void End()
        {
            _emitter.Emit(new MappingEnd());
            _emitter.Emit(new DocumentEnd(true));
            _emitter.Emit(new StreamEnd());
        }

        private void Departures(EquatableArray<Departure> departures) => MapList("departures", departures, departure =>
        {
            Key("at", departure.At);
            Key("reason", departure.Reason);
            Optional("pin", departure.Pin);
        });

        /// <summary><c>notes</c>: the page's note boxes, each <c>{ kind, title, text }</c>.</summary>
        private void PageNotes(EquatableArray<PageNote> notes) => MapList("notes", notes, note =>
        {
            Key("kind", note.Kind);
            Optional("title", note.Title);
            Key("text", note.Text);
        });

        /// <summary>A root list of maps, each written by <paramref name="write"/>; nothing when the list is empty.</summary>
        private void MapList<T>(string name, EquatableArray<T> items, System.Action<T> write)
            where T : System.IEquatable<T>
        {
            if (items.IsEmpty)
            {
                return;
            }

            Name(name);
            BeginList();
            foreach (T item in items)
            {
                BeginMap();
                write(item);
                EndMap();
            }

            EndList();
        }

        private void Request(RequestSpec request)
        {
            if (request.Path.IsEmpty && request.Query.IsEmpty && !request.HasBody && request.Examples.IsEmpty)
            {
                return;
            }

            Name("request");
            BeginMap();
            if (!request.Path.IsEmpty)
            {
                Name("path");
                Attributes(request.Path, "request.path", parameters: true);
            }

            Lists("query", request.Query, "request.query", parameters: true);
            Lists("body", request.Body, "request.body", parameters: false);
            if (request.Items is not null)
            {
                Key("items", request.Items.ToString());
            }

            Examples(request.Examples, "request");
            EndMap();
        }

        private void Responses(Spec spec)
        {
            Name("responses");
            BeginMap();
            foreach (ResponseSpec response in spec.Responses)
            {
                string path = "responses." + response.StatusCode.ToString(CultureInfo.InvariantCulture);
                Notes(path);
                Name(response.StatusCode.ToString(CultureInfo.InvariantCulture));
                if (IsBare(response))
                {
                    Null();
                    continue;
                }

                BeginMap();
                Optional("description", response.Description);
                Optional("hint", response.Hint);
                PageNotes(response.Notes);
                if (response.IsSuccess)
                {
                    Content(response);
                    if (response.Type is not null)
                    {
                        Key("type", response.Type.ToString());
                    }

                    Lists("body", response.Body, path + ".body", parameters: false);
                    if (response.Items is not null)
                    {
                        Key("items", response.Items.ToString());
                    }

                    if (response.Values is not null)
                    {
                        Key("values", response.Values.ToString());
                    }

                    if (response.AlsoArray is not null)
                    {
                        Notes(path + ".alsoArray");
                        Key("alsoArray", response.AlsoArray);
                    }
                }

                Examples(response.Examples, path);
                EndMap();
            }

            EndMap();
        }

        /// <summary>A status written as <c>405:</c> alone: nothing documented but the status.</summary>
        private static bool IsBare(ResponseSpec response) =>
            response.Description is null && response.Hint is null && response.Notes.IsEmpty && response.Examples.IsEmpty && response.Body.IsEmpty && response.Items is null && response.Values is null && response.Type is null
            && response.Content == (response.IsSuccess ? ResponseContent.None : ResponseContent.Text);

        /// <summary>Writes <c>content</c> only where the parser would infer another one.</summary>
        private void Content(ResponseSpec response)
        {
            bool hasShape = !response.Body.IsEmpty || response.Items is not null || response.Values is not null || response.Type is not null;
            ResponseContent inferred = hasShape || !response.Examples.IsEmpty ? ResponseContent.Json : ResponseContent.None;
            if (response.Content != inferred)
            {
                Key("content", response.Content.ToString().ToLowerInvariant());
            }
        }

        /// <param name="types">The spec's named types.</param>
        /// <param name="requestTypes">The types a request uses: with <paramref name="answerTypes"/>, what decides whether an enum that does not say <c>open</c> is open (<see cref="EnumOpenness"/>).</param>
        /// <param name="answerTypes">The types the answers use.</param>
        private void Types(EquatableArray<TypeDefinition> types, System.Collections.Generic.HashSet<string> requestTypes, System.Collections.Generic.HashSet<string> answerTypes)
        {
            if (types.IsEmpty)
            {
                return;
            }

            Name("types");
            BeginMap();
            foreach (TypeDefinition type in types)
            {
                string path = "types." + type.Name;
                Notes(path);
                Name(type.Name);
                BeginMap();
                Optional("description", type.Description);
                if (type.IsEnum)
                {
                    if (type.IsOpen)
                    {
                        Key("open", "true");
                    }
                    else if (EnumOpenness.OpenByDefault(type, requestTypes, answerTypes))
                    {
                        // Read only from answers, where an enum is open unless it says otherwise.
                        Key("open", "false");
                    }

                    Name("enum");
                    BeginList();
                    foreach (string value in type.EnumValues)
                    {
                        if (type.DescriptionOf(value) is { } meaning)
                        {
                            BeginMap();
                            Key("value", value);
                            Key("description", meaning);
                            EndMap();
                        }
                        else
                        {
                            Value(value);
                        }
                    }

                    EndList();
                }
                else
                {
                    SpecAttribute[] required = type.Attributes.Where(a => a.IsRequired).ToArray();
                    SpecAttribute[] optional = type.Attributes.Where(a => !a.IsRequired).ToArray();
                    if (required.Length > 0)
                    {
                        Name("required");
                        Attributes(required, path, parameters: false);
                    }

                    // An empty object is written 'optional: []', as the reference documents it.
                    if (optional.Length > 0 || required.Length == 0)
                    {
                        Name("optional");
                        Attributes(optional, path, parameters: false);
                    }
                }

                EndMap();
            }

            EndMap();
        }

        private void Lists(string key, EquatableArray<SpecAttribute> attributes, string path, bool parameters)
        {
            if (attributes.IsEmpty)
            {
                return;
            }

            Name(key);
            BeginMap();
            SpecAttribute[] required = attributes.Where(a => a.IsRequired).ToArray();
            SpecAttribute[] optional = attributes.Where(a => !a.IsRequired).ToArray();
            if (required.Length > 0)
            {
                Name("required");
                Attributes(required, path, parameters);
            }

            if (optional.Length > 0)
            {
                Name("optional");
                Attributes(optional, path, parameters);
            }

            EndMap();
        }

        private void Attributes(System.Collections.Generic.IEnumerable<SpecAttribute> attributes, string path, bool parameters)
        {
            SpecAttribute[] list = attributes.ToArray();
            if (list.Length == 0)
            {
                _emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Flow));
                _emitter.Emit(new SequenceEnd());
                return;
            }

            BeginList();
            foreach (SpecAttribute attribute in list)
            {
                Notes(path + "." + attribute.Name);
                BeginMap();
                Key("name", attribute.Name);
                switch (attribute.Type.Kind)
                {
                    case AttributeType.Array:
                        Key("type", AttributeTypeNames.ArrayName);
                        Key("items", attribute.Type.Items!.ToString());
                        break;
                    case AttributeType.Map:
                        Key("type", AttributeTypeNames.MapName);
                        Key("values", attribute.Type.Items!.ToString());
                        break;
                    default:
                        Key("type", attribute.Type.ToString());
                        break;
                }

                Optional("description", attribute.Description);
                if (parameters)
                {
                    Optional("example", attribute.Example);
                }

                Optional("deprecated", attribute.Deprecated);
                if (attribute.Forever is long forever)
                {
                    Key("forever", forever.ToString(CultureInfo.InvariantCulture));
                }

                PageNotes(attribute.Notes);
                EndMap();
            }

            EndList();
        }

        private void Examples(EquatableArray<SpecExample> examples, string path)
        {
            if (examples.IsEmpty)
            {
                return;
            }

            Notes(path + ".example");
            Name("example");
            Block(examples[0].Json);
            if (examples.Count == 1)
            {
                return;
            }

            Notes(path + ".examples");
            Name("examples");
            BeginList();
            for (int i = 1; i < examples.Count; i++)
            {
                Block(examples[i].Json);
            }

            EndList();
        }

        private void Notes(string path)
        {
            foreach (string line in _notes.For(path))
            {
                _emitter.Emit(new Comment(line, false));
            }
        }

        private void Key(string key, string value)
        {
            Name(key);
            Value(value);
        }

        /// <summary>A root key, with the notes written for it.</summary>
        private void Root(string key, string value)
        {
            Notes(key);
            Key(key, value);
        }

        private void Optional(string key, string? value)
        {
            if (value is not null)
            {
                Key(key, value);
            }
        }

        private void Name(string key) => _emitter.Emit(new Scalar(key));

        /// <summary>A value in the style YAML needs: plain when it reads back as the same text, quoted otherwise; text over several lines as a literal block.</summary>
        private void Value(string value)
        {
            ScalarStyle style = value.IndexOf('\n') >= 0 ? ScalarStyle.Literal
                : value.Length == 0 || value.Trim() != value || ReadsAsSomethingElse(value) ? ScalarStyle.DoubleQuoted
                : ScalarStyle.Any;
            _emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, value, style, true, true));
        }

        /// <summary>Plain words YAML reads as null (an empty value).</summary>
        private static bool ReadsAsSomethingElse(string value) => value is "~" or "null" or "Null" or "NULL";

        /// <summary>An example as a literal block ('|'), its text exactly as it is.</summary>
        private void Block(string json) =>
            _emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, json, ScalarStyle.Literal, true, false));

        /// <summary>A status with nothing documented but itself: an empty mapping, <c>405: {}</c>.</summary>
        private void Null()
        {
            _emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Flow));
            _emitter.Emit(new MappingEnd());
        }

        private void BeginMap() => _emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Block));

        private void EndMap() => _emitter.Emit(new MappingEnd());

        private void BeginList() => _emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Block));

        private void EndList() => _emitter.Emit(new SequenceEnd());
    }
}
