using OneStop.Web.Cli;
using OneStop.Web.Hosting;

// Verbs: none runs the server; seed-demo and bench are maintenance commands (see README).
if (args.Length > 0 && CliRunner.IsVerb(args[0]))
    return await CliRunner.RunAsync(args);

var builder = WebApplication.CreateBuilder(args);
try { builder.AddOneStop(); }
catch (OneStop.Core.Backup.DataFolderLockedException e) { Console.Error.WriteLine(e.Message); return 3; }
var app = builder.Build();
app.UseOneStop();
await app.InitializeOneStopAsync();
_ = app.WarmUpOneStopAsync();
await app.RunAsync();
return 0;

public partial class Program;
