namespace ZApi.Specs.Validation;

/// <summary>
/// Every problem a spec file can have. The number is the stable diagnostic id (<c>ZAPI001</c> ...):
/// never renumber, only append.
/// </summary>
public enum SpecErrorKind
{
    /// <summary>ZAPI001: the file is not valid YAML, or YAML reads it otherwise than meant (a ' #' that cuts a plain value short).</summary>
    YamlSyntax = 1,

    /// <summary>ZAPI002: a required key is missing.</summary>
    MissingKey = 2,

    /// <summary>ZAPI003: a key the spec language does not know.</summary>
    UnknownKey = 3,

    /// <summary>ZAPI004: an attribute type the spec language does not know.</summary>
    UnknownType = 4,

    /// <summary>ZAPI005: two specs declare the same endpoint id or generate the same method.</summary>
    DuplicateEndpoint = 5,

    /// <summary>ZAPI006: two names of one spec generate the same C# member, or a reserved one.</summary>
    NameCollision = 6,

    /// <summary>ZAPI007: a documented example is not valid JSON.</summary>
    InvalidExampleJson = 7,

    /// <summary>ZAPI008: an example lacks an attribute declared as required.</summary>
    ExampleMissingRequired = 8,

    /// <summary>ZAPI009: an example has a member no attribute declares.</summary>
    ExampleUndeclaredMember = 9,

    /// <summary>ZAPI010: an example member's value does not match the declared type.</summary>
    ExampleWrongType = 10,

    /// <summary>ZAPI011: a YAML node of the wrong kind (a list where a mapping belongs, ...).</summary>
    WrongNodeKind = 11,

    /// <summary>ZAPI012: a value outside what the key accepts (an unknown HTTP method, ...).</summary>
    InvalidValue = 12,

    /// <summary>ZAPI013: a key given twice in one mapping.</summary>
    DuplicateKey = 13,

    /// <summary>ZAPI014: the file name does not match the spec id.</summary>
    FileNameMismatch = 14,

    /// <summary>ZAPI015: a YAML feature specs do not use (anchors, aliases, several documents, deep nesting).</summary>
    UnsupportedYaml = 15,

    /// <summary>ZAPI016: the generator met an unexpected failure; the spec is skipped.</summary>
    InternalError = 16,

    /// <summary>ZAPI017: an MSBuild option of the generator has an invalid value.</summary>
    InvalidOption = 17,

    /// <summary>ZAPI018: two specs define a named type of the same name differently.</summary>
    TypeConflict = 18,

    /// <summary>ZAPI019: the specs folder is missing, holds no spec, or holds YAML files not named <c>*.zapi.yaml</c>.</summary>
    SpecsNotFound = 19,

    /// <summary>ZAPI020: the consuming project cannot compile the generated client (C# older than 11, a target without the APIs it uses, or both: one message names each).</summary>
    UnsupportedConsumer = 20,

    /// <summary>ZAPI021 (info): a spec of the project replaces a built-in endpoint of the catalogue.</summary>
    ReplacesBuiltIn = 21,

    /// <summary>ZAPI022: <c>ZApiEndpoints</c> names an area or endpoint the built-in catalogue does not have.</summary>
    UnknownEndpointSelection = 22,
}
