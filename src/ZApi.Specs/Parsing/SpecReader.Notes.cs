using System;
using System.Collections.Generic;
using ZApi.Specs.Model;
using ZApi.Specs.Validation;
using ZApi.Specs.Yaml;

namespace ZApi.Specs.Parsing;

/// <summary><c>notes</c>: the page's note boxes (<c>{ kind, title, text }</c>) at the endpoint, an attribute or a response.</summary>
internal sealed partial class SpecReader
{
    private EquatableArray<PageNote> ReadNotes(MappingReader owner, string where)
    {
        YamlSequence? list = owner.Sequence("notes");
        if (list is null)
        {
            return EquatableArray<PageNote>.Empty;
        }

        var notes = new List<PageNote>();
        foreach (YamlNode item in list.Items)
        {
            MappingReader? note = MappingReader.Open(item, $"a note of {where}", item.Span, _context, SpecKeys.Note, SpecKeys.NoteRequired);
            YamlScalar? kind = note?.Scalar("kind", required: true);
            string? title = note?.Text("title", required: false);
            YamlScalar? text = note?.Scalar("text", required: true);
            if (kind is null || text is null)
            {
                continue;
            }

            if (Array.IndexOf(PageNote.Kinds, kind.Value) < 0)
            {
                string? closest = ClosestName.Find(kind.Value, PageNote.Kinds);
                string hint = closest is null ? string.Empty : $" Did you mean '{closest}'?";
                _context.Report(SpecErrorKind.InvalidValue, $"'{kind.Value}' is not a note kind; a note is the page's box (:::tip ... :::), one of {string.Join(", ", PageNote.Kinds)}.{hint}", kind.Span);
                continue;
            }

            if (text.Value.Length > SpecLimits.MaxNoteLength)
            {
                _context.Report(SpecErrorKind.InvalidValue, $"The note has {text.Value.Length} characters; a note is at most {SpecLimits.MaxNoteLength}.", text.Span);
                continue;
            }

            notes.Add(new PageNote(kind.Value, title, text.Value, kind.Span));
        }

        return notes.ToEquatableArray();
    }
}
