using System;
using Microsoft.CodeAnalysis;
using ZApi.Generator.Model;

namespace ZApi.Generator.Pipeline;

/// <summary>
/// Combining pipeline values into a named result in one step, so the wiring never reads
/// <c>input.Left.Right</c>: the tuple Roslyn's <c>Combine</c> makes is opened here, once, and each
/// step of <see cref="ZApiGenerator"/> names what it builds.
/// </summary>
internal static class ProviderExtensions
{
    /// <summary>Each value of <paramref name="values"/>, with <paramref name="value"/>, into one result.</summary>
    public static IncrementalValuesProvider<TResult> Combine<T1, T2, TResult>(this IncrementalValuesProvider<T1> values, IncrementalValueProvider<T2> value, Func<T1, T2, TResult> into) =>
        values.Combine(value).Select((input, _) => into(input.Left, input.Right));

    /// <summary>Two values into one result.</summary>
    public static IncrementalValueProvider<TResult> Combine<T1, T2, TResult>(this IncrementalValueProvider<T1> first, IncrementalValueProvider<T2> second, Func<T1, T2, TResult> into) =>
        first.Combine(second).Select((input, _) => into(input.Left, input.Right));

    /// <summary>Three values into one result.</summary>
    public static IncrementalValueProvider<TResult> Combine<T1, T2, T3, TResult>(this IncrementalValueProvider<T1> first, IncrementalValueProvider<T2> second, IncrementalValueProvider<T3> third, Func<T1, T2, T3, TResult> into) =>
        first.Combine(second).Combine(third).Select((input, _) => into(input.Left.Left, input.Left.Right, input.Right));

    /// <summary>The spec files <c>ZApiEndpoints</c> keeps: built-in specs left out are never read.</summary>
    public static IncrementalValuesProvider<AdditionalText> SelectedBy(this IncrementalValuesProvider<AdditionalText> specFiles, IncrementalValueProvider<EndpointSelection> selection) =>
        specFiles.Combine(selection).Where(static input => input.Right.Includes(input.Left.Path)).Select(static (input, _) => input.Left);
}
