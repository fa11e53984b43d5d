// The shape of one value of the generated ZApiContractEntries.All, spelled once for the harness. The
// generated code can use nothing beyond the BCL, so the entry is a plain Func returning a tuple; the
// generator spells the same shape once too (ContractEmitter.EntryType), and every contract test compiles
// the two together, so a change to either that the other lacks fails the build.
global using GeneratedContractEntry = System.Func<
    System.Net.Http.HttpClient,
    string,
    string?,
    string?,
    System.Threading.CancellationToken,
    System.Threading.Tasks.Task<(bool Failed, int StatusCode, string? Hint, string? Json, string? Message)>>;
