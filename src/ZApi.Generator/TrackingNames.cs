namespace ZApi.Generator;

/// <summary>Names of the pipeline steps, so tests can assert which ones ran.</summary>
public static class TrackingNames
{
    public const string Options = nameof(Options);
    public const string ParsedSpecs = nameof(ParsedSpecs);
    public const string SpecIdentities = nameof(SpecIdentities);
    public const string Catalog = nameof(Catalog);
    public const string EndpointSources = nameof(EndpointSources);
    public const string SharedSources = nameof(SharedSources);
    public const string DependencyInjection = nameof(DependencyInjection);
    public const string SpecTypes = nameof(SpecTypes);
    public const string TypeCatalog = nameof(TypeCatalog);
    public const string TypeSources = nameof(TypeSources);
    public const string SpecFolder = nameof(SpecFolder);
    public const string ConsumerSupport = nameof(ConsumerSupport);
    public const string EndpointSelection = nameof(EndpointSelection);
    public const string SelectedSpecFiles = nameof(SelectedSpecFiles);
    public const string EventPlans = nameof(EventPlans);
    public const string EventRoutes = nameof(EventRoutes);
    public const string EventCatalog = nameof(EventCatalog);
    public const string EventSources = nameof(EventSources);
    public const string SpecPaths = nameof(SpecPaths);
    public const string DuplicateSpecs = nameof(DuplicateSpecs);
    public const string SkippedSpecs = nameof(SkippedSpecs);
    public const string EmittedSpecs = nameof(EmittedSpecs);
    public const string SharedInputs = nameof(SharedInputs);
    public const string EndpointPlans = nameof(EndpointPlans);
}
