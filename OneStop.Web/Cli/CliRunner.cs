namespace OneStop.Web.Cli;

/// <summary>Maintenance verbs of the web executable: seed-demo, bench, backup, restore.</summary>
public static class CliRunner
{
    public static bool IsVerb(string arg) => arg is "seed-demo" or "bench" or "backup" or "restore" or "backup-drill" or "backup-encrypt" or "backup-decrypt" or "help" or "--help";

    public static async Task<int> RunAsync(string[] args)
    {
        switch (args[0])
        {
            case "bench":
                return await BenchCommand.RunAsync(args[1..]);
            case "backup":
                return await BackupCommand.BackupAsync(args[1..]);
            case "restore":
                return await BackupCommand.RestoreAsync(args[1..]);
            case "backup-drill":
                return await BackupCommand.DrillAsync(args[1..]);
            case "backup-encrypt":
                return await BackupCommand.EncryptAsync(args[1..]);
            case "backup-decrypt":
                return await BackupCommand.DecryptAsync(args[1..]);
            case "seed-demo":
                return await SeedDemoCommand.RunAsync(args[1..]);
            default:
                Console.WriteLine("""
                    OneStop.Web [verb]
                      (không có verb)                 chạy máy chủ web
                      seed-demo --dossiers N          thêm N hồ sơ mẫu vào cơ sở dữ liệu (OneStop:DataDirectory)
                      bench [--dossiers N] [--json]   đo hiệu năng trên một CSDL tạm với N hồ sơ (mặc định 100 000)
                      backup [--data DIR]             sao lưu ngay và kiểm tra bản sao (OneStop:Backup:Directory)
                      restore <bản sao lưu> [--data DIR]  kiểm tra rồi phục hồi (dừng dịch vụ trước; dữ liệu cũ được giữ lại);
                                                      cũng nhận tệp .onestop-enc (hỏi mật khẩu)
                      backup-drill [--data DIR]       diễn tập: phục hồi bản mới nhất vào thư mục tạm và kiểm tra
                      backup-encrypt <bản sao lưu> [--out TỆP] [--passphrase-file TỆP]   mã hoá để mang ra ngoài
                      backup-decrypt <tệp> --out DIR [--passphrase-file TỆP]             giải mã thành thư mục sao lưu
                    """);
                return 0;
        }
    }

    internal static int IntOption(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var v) ? v : fallback;
    }
}
