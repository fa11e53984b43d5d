using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Summary = BenchmarkDotNet.Reports.Summary;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;
using ZApi.Benchmarks;
using ZApi.Benchmarks.BuildTime;
using ZApi.Benchmarks.Load;
using ZApi.Benchmarks.Paired;
using ZApi.Benchmarks.PerCall;
using ZApi.Benchmarks.Webhooks;

// dotnet run -c Release --project benchmarks/ZApi.Benchmarks               full run (BenchmarkDotNet: calls, webhook parsing, build time)
// dotnet run -c Release --project benchmarks/ZApi.Benchmarks -- --short    a few iterations, under two minutes, ratios as plain lines
// dotnet run -c Release --project benchmarks/ZApi.Benchmarks -- --webhooks   webhook payloads: ZApiWebhooks.Read against STJ source-gen polymorphism, --short's job
// dotnet run -c Release --project benchmarks/ZApi.Benchmarks -- --webhooks --paired   the same ratios, the parsers alternating in short rounds (robust to outside load)
// dotnet run -c Release --project benchmarks/ZApi.Benchmarks -- --profile  the generated call step by step next to d)
// dotnet run -c Release --project benchmarks/ZApi.Benchmarks -- --paired   per-call time ratios, clients alternating in short rounds (robust to outside load)
// dotnet run -c Release --project benchmarks/ZApi.Benchmarks -- --load     send-text under load: 64 in flight, ~1 ms latency; throughput, CPU and bytes per call
// dotnet run -c Release --project benchmarks/ZApi.Benchmarks -- --route    the webhook route on Kestrel (loopback): MapZApiWebhooks against a JsonDocument endpoint, 20,000 payloads x 9 rounds over 32 connections
// dotnet run -c Release --project benchmarks/ZApi.Benchmarks -- --filter '*Call*'   any BenchmarkDotNet arguments
// dotnet run -c Release --project benchmarks/ZApi.Benchmarks -- --filter '*Hostile*'   hostile specs at two sizes: cost grows linearly
// dotnet run -c Release --project benchmarks/ZApi.Benchmarks -- --filter '*WebhookParsingProfile*'   ZApiWebhooks.Read step by step, next to one-pass floors
// dotnet run -c Release --project benchmarks/ZApi.Benchmarks -- --imported <folder>   does each spec 'zapi import' wrote build, untouched?
// dotnet run -c Release --project benchmarks/ZApi.Benchmarks -- --catalogue   the built-in catalogue: generator runs, and a consumer's dotnet build with it and without
// dotnet run -c Release --project benchmarks/ZApi.Benchmarks -- --consumer-build   brand-new apps with the packed package: first, edit and clean dotnet builds, catalogue against none
var stopwatch = Stopwatch.StartNew();
IConfig config = DefaultConfig.Instance
    .WithArtifactsPath(System.IO.Path.Combine(Repository.BenchmarksDirectory, "BenchmarkDotNet.Artifacts"))
    .WithOptions(ConfigOptions.DisableLogFile);

if (args.Length == 2 && args[0] == "--imported")
{
    return ZApi.Benchmarks.Import.ImportedSpecsBuild.Run(args[1]);
}

if (args.Contains("--consumer-build"))
{
    // Whole dotnet builds of brand-new apps from a local feed: a plain runner, medians of 3 rounds (about 10 minutes).
    int result = ConsumerBuildRun.Run();
    Console.WriteLine($"wall time: {stopwatch.Elapsed.TotalSeconds:F1} s");
    return result;
}

if (args.Contains("--catalogue"))
{
    // The generator over the catalogue (BenchmarkDotNet's default job), then whole `dotnet build`s: seconds each, so 1 warm-up and 7 builds.
    BenchmarkRunner.Run<CatalogueBuildBenchmarks>(config.AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithId("Catalogue")));
    BenchmarkRunner.Run<ConsumerBuildBenchmarks>(config.AddJob(Job.Dry.WithStrategy(BenchmarkDotNet.Engines.RunStrategy.Monitoring)
        .WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(7).WithInvocationCount(1).WithUnrollFactor(1)
        .WithToolchain(InProcessEmitToolchain.Instance).WithId("ConsumerBuild")));
    Console.WriteLine($"wall time: {stopwatch.Elapsed.TotalSeconds:F1} s");
    return 0;
}

if (args.Length == 2 && args[0] == "--footprint")
{
    // Where the generator's cold run allocates at N specs: reading the specs, Roslyn parsing the output.
    GeneratorFootprint.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
    return 0;
}

if (args.Contains("--load"))
{
    // Plain runner (not BenchmarkDotNet): warm-up, then 7 interleaved repetitions of 50,000 calls per client, medians.
    LoadBenchmark.Print(LoadBenchmark.Run(calls: 50_000, repetitions: 7, warmupCalls: 20_000));
    Console.WriteLine($"wall time: {stopwatch.Elapsed.TotalSeconds:F1} s");
    return 0;
}

if (args.Contains("--route"))
{
    // Plain runner (not BenchmarkDotNet): warm-up, then 9 rounds of 20,000 documented payloads over 32 connections per endpoint, alternating; medians.
    ZApi.Benchmarks.Route.RouteBenchmark.Print(ZApi.Benchmarks.Route.RouteBenchmark.Run(requests: 20_000, connections: 32, rounds: 9, warmupRequests: 100_000));
    Console.WriteLine($"wall time: {stopwatch.Elapsed.TotalSeconds:F1} s");
    return 0;
}

if (args.Contains("--webhooks") && args.Contains("--paired"))
{
    // Webhook parsing, STJ/generated per payload, the two parsers alternating in short rounds (about 30 s).
    PairedRounds.Print(WebhookPairedRatios.Run());
    Console.WriteLine($"wall time: {stopwatch.Elapsed.TotalSeconds:F1} s");
    return 0;
}

if (args.Contains("--paired"))
{
    // Only the per-call time ratios, clients alternating in short rounds (about 30 s).
    PairedRounds.Print(PairedCallRatios.Run());
    return 0;
}

if (args.Contains("--profile"))
{
    // The generated client's call step by step, next to the floor d): where its time and bytes go.
    CallProfile.Run();
    return 0;
}

// In-process, few short iterations: no benchmark project to build, so the whole run stays well under two minutes.
Job shortJob = Job.Dry
    .WithStrategy(BenchmarkDotNet.Engines.RunStrategy.Throughput)
    .WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(5)
    .WithIterationTime(TimeInterval.FromMilliseconds(150))
    .WithToolchain(InProcessEmitToolchain.Instance)
    .WithId("Short");

if (args.Contains("--webhooks"))
{
    // The documented received-text, received-image, message-status, connected and received-call payloads, generated reader against STJ, with --short's job; a ratio line per payload.
    Summary webhooks = BenchmarkRunner.Run<WebhookParsingBenchmarks>(config.AddJob(shortJob));
    WebhookParsingRatios.Print(Measurement.From(webhooks));
    Console.WriteLine($"wall time: {stopwatch.Elapsed.TotalSeconds:F1} s");
    return 0;
}

if (args.Contains("--short"))
{
    List<Measurement> measurements = BenchmarkRunner.Run(new[] { typeof(CreateInstanceCallBenchmarks), typeof(SendTextCallBenchmarks) }, config.AddJob(shortJob))
        .SelectMany(Measurement.From)
        .ToList();
    measurements.AddRange(ShortBuildTime.Run());
    List<Measurement> catalogue = ShortBuildTime.RunCatalogue();
    List<LoadResult> load = LoadBenchmark.Run(calls: 20_000, repetitions: 5, warmupCalls: 10_000);
    LoadBenchmark.Print(load);
    List<PairedRounds.Result> paired = PairedCallRatios.Run();
    Ratios.Print(measurements);
    PairedRounds.Print(paired);
    Ratios.PrintLoad(load);
    Ratios.PrintCatalogue(catalogue);
}
else if (args.Length > 0)
{
    BenchmarkSwitcher.FromTypes(new[] { typeof(CreateInstanceCallBenchmarks), typeof(SendTextCallBenchmarks), typeof(GeneratorBuildBenchmarks), typeof(HostileSpecBenchmarks), typeof(CatalogueBuildBenchmarks), typeof(ConsumerBuildBenchmarks), typeof(WebhookParsingBenchmarks), typeof(WebhookParsingProfileBenchmarks) })
        .Run(args, config.AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithId("Full")));
    return 0;
}
else
{
    // In-process (the toolchain measures exactly this build; no second build of a repository others may be editing).
    // Calls and webhook parsing: BenchmarkDotNet's default job. Build time: 1 launch, 3 warm-ups, 10 iterations (a cold Refit run at 1,000 methods takes seconds).
    Summary calls = BenchmarkRunner.Run<CreateInstanceCallBenchmarks>(
        config.AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithId("Full")));
    Summary sendText = BenchmarkRunner.Run<SendTextCallBenchmarks>(
        config.AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithId("Full")));
    Summary webhooks = BenchmarkRunner.Run<WebhookParsingBenchmarks>(
        config.AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithId("Full")));
    Summary build = BenchmarkRunner.Run<GeneratorBuildBenchmarks>(
        config.AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10).WithToolchain(InProcessEmitToolchain.Instance).WithId("BuildTime")));
    Summary catalogue = BenchmarkRunner.Run<CatalogueBuildBenchmarks>(
        config.AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10).WithToolchain(InProcessEmitToolchain.Instance).WithId("Catalogue")));
    List<Measurement> measurements = Measurement.From(calls);
    measurements.AddRange(Measurement.From(sendText));
    measurements.AddRange(Measurement.From(build));
    List<LoadResult> load = LoadBenchmark.Run(calls: 50_000, repetitions: 7, warmupCalls: 20_000);
    LoadBenchmark.Print(load);
    List<PairedRounds.Result> paired = PairedCallRatios.Run();
    List<PairedRounds.Result> webhooksPaired = WebhookPairedRatios.Run();
    Ratios.Print(measurements);
    PairedRounds.Print(paired);
    Ratios.PrintLoad(load);
    Ratios.PrintCatalogue(Measurement.From(catalogue));
    WebhookParsingRatios.Print(Measurement.From(webhooks));
    PairedRounds.Print(webhooksPaired);
}

Ratios.PrintBuildFacts();
Console.WriteLine($"wall time: {stopwatch.Elapsed.TotalSeconds:F1} s");
return 0;
