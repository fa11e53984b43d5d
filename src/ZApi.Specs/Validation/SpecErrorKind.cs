namespace ZApi.Specs.Validation;

/// <summary>
/// Every problem a spec file can have: the key of its rule in <see cref="DiagnosticRules"/>, which says
/// what it means. The number is the stable diagnostic id (<c>ZAPI001</c> ...): never renumber, only append.
/// </summary>
public enum SpecErrorKind
{
    /// <summary>ZAPI001: <see cref="DiagnosticRules.YamlSyntax"/>.</summary>
    YamlSyntax = 1,

    /// <summary>ZAPI002: <see cref="DiagnosticRules.MissingKey"/>.</summary>
    MissingKey = 2,

    /// <summary>ZAPI003: <see cref="DiagnosticRules.UnknownKey"/>.</summary>
    UnknownKey = 3,

    /// <summary>ZAPI004: <see cref="DiagnosticRules.UnknownType"/>.</summary>
    UnknownType = 4,

    /// <summary>ZAPI005: <see cref="DiagnosticRules.DuplicateEndpoint"/>.</summary>
    DuplicateEndpoint = 5,

    /// <summary>ZAPI006: <see cref="DiagnosticRules.NameCollision"/>.</summary>
    NameCollision = 6,

    /// <summary>ZAPI007: <see cref="DiagnosticRules.InvalidExampleJson"/>.</summary>
    InvalidExampleJson = 7,

    /// <summary>ZAPI008: <see cref="DiagnosticRules.ExampleMissingRequired"/>.</summary>
    ExampleMissingRequired = 8,

    /// <summary>ZAPI009: <see cref="DiagnosticRules.ExampleUndeclaredMember"/>.</summary>
    ExampleUndeclaredMember = 9,

    /// <summary>ZAPI010: <see cref="DiagnosticRules.ExampleWrongType"/>.</summary>
    ExampleWrongType = 10,

    /// <summary>ZAPI011: <see cref="DiagnosticRules.WrongNodeKind"/>.</summary>
    WrongNodeKind = 11,

    /// <summary>ZAPI012: <see cref="DiagnosticRules.InvalidValue"/>.</summary>
    InvalidValue = 12,

    /// <summary>ZAPI013: <see cref="DiagnosticRules.DuplicateKey"/>.</summary>
    DuplicateKey = 13,

    /// <summary>ZAPI014: <see cref="DiagnosticRules.FileNameMismatch"/>.</summary>
    FileNameMismatch = 14,

    /// <summary>ZAPI015: <see cref="DiagnosticRules.UnsupportedYaml"/>.</summary>
    UnsupportedYaml = 15,

    /// <summary>ZAPI016: <see cref="DiagnosticRules.InternalError"/>.</summary>
    InternalError = 16,

    /// <summary>ZAPI017: <see cref="DiagnosticRules.InvalidOption"/>.</summary>
    InvalidOption = 17,

    /// <summary>ZAPI018: <see cref="DiagnosticRules.TypeConflict"/>.</summary>
    TypeConflict = 18,

    /// <summary>ZAPI019: <see cref="DiagnosticRules.SpecsNotFound"/>.</summary>
    SpecsNotFound = 19,

    /// <summary>ZAPI020: <see cref="DiagnosticRules.UnsupportedConsumer"/>.</summary>
    UnsupportedConsumer = 20,

    /// <summary>ZAPI021: <see cref="DiagnosticRules.ReplacesBuiltIn"/>.</summary>
    ReplacesBuiltIn = 21,

    /// <summary>ZAPI022: <see cref="DiagnosticRules.UnknownEndpointSelection"/>.</summary>
    UnknownEndpointSelection = 22,
}
