using System.Buffers.Binary;
using System.Formats.Tar;
using System.Security.Cryptography;
using System.Text;

namespace OneStop.Core.Backup;

/// <summary>A refused encrypted copy (wrong passphrase, altered file, not ours), with the Vietnamese reason.</summary>
public sealed class EncryptedBackupException(string message) : Exception(message);

/// <summary>
/// A backup sealed for leaving the building (a USB drive in a bag, a provincial archive): one file holding the backup
/// folder and the scans it lists, as a tar stream encrypted with AES-256-GCM in chunks, so a backup of gigabytes is
/// never held in memory.
/// <para>
/// Layout (version 1), all integers big-endian: "OSBAKENC", version byte, PBKDF2 iterations (int32), chunk size
/// (int32), salt (16 bytes, new per file), nonce base (12 bytes, new per file), key check (32 bytes: HMAC-SHA256 with a
/// second derived key, so a wrong passphrase is told apart from an altered file). Then chunks: a uint32 whose high bit
/// marks the last chunk and whose other bits give the plaintext length, the ciphertext and the 16-byte tag. Chunk i is
/// sealed with nonce = nonce base XOR i and associated data = header ‖ i ‖ last flag, so chunks cannot be reordered,
/// dropped, cut off after a chunk or moved between files without the tag failing. The key is PBKDF2-HMAC-SHA256 of the
/// passphrase (UTF-8) with 600 000 iterations.
/// </para>
/// </summary>
public static class EncryptedBackup
{
    public const string Extension = ".onestop-enc";
    public const int Iterations = 600_000;
    public const int MinimumPassphraseLength = 12;
    public const int ChunkSize = 1024 * 1024;
    private const byte Version = 1;
    private const int SaltSize = 16;
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private const int CheckSize = 32;
    private const uint LastFlag = 0x8000_0000;
    private static readonly byte[] Magic = "OSBAKENC"u8.ToArray();
    private static readonly byte[] CheckLabel = "OneStop backup key check v1"u8.ToArray();
    internal const int HeaderSize = 8 + 1 + 4 + 4 + SaltSize + NonceSize + CheckSize;

    public static string? CheckPassphrase(string? passphrase) =>
        passphrase is null || passphrase.Length < MinimumPassphraseLength
            ? $"Mật khẩu mã hoá cần ít nhất {MinimumPassphraseLength} ký tự (nên là một câu dễ nhớ, ghi giữ ở nơi an toàn, khác nơi cất ổ sao lưu)."
            : null;

    /// <summary>
    /// Writes the backup folder (files under its id) and the scans its manifest lists (under "scans/", from the pool
    /// beside it) into one encrypted file. The backup is verified first: an unsound backup is not exported.
    /// </summary>
    public static async Task<long> ExportAsync(string backupFolder, string outputFile, string passphrase, CancellationToken ct = default)
    {
        if (CheckPassphrase(passphrase) is { } weak) throw new EncryptedBackupException(weak);
        backupFolder = Path.GetFullPath(backupFolder);
        var problems = await BackupService.VerifyAsync(backupFolder, ct);
        if (problems.Count > 0) throw new EncryptedBackupException("Bản sao lưu không đạt kiểm tra, không mã hoá: " + string.Join("; ", problems));
        var manifest = BackupService.ReadManifest(backupFolder)!;
        var pool = Path.Combine(Path.GetDirectoryName(backupFolder)!, BackupService.ScansFolder);
        var partial = outputFile + ".partial";
        await using (var file = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
        {
            await using (var sealedStream = Encrypt(file, passphrase))
            await using (var tar = new TarWriter(sealedStream, TarEntryFormat.Pax, leaveOpen: true))
            {
                await tar.WriteEntryAsync(Path.Combine(backupFolder, BackupService.ManifestFile), manifest.Id + "/" + BackupService.ManifestFile, ct);
                foreach (var f in manifest.Files)
                    await tar.WriteEntryAsync(Path.Combine(backupFolder, f.Path), manifest.Id + "/" + f.Path, ct);
                foreach (var s in manifest.Scans)
                    await tar.WriteEntryAsync(Path.Combine(pool, s.Path), BackupService.ScansFolder + "/" + s.Path, ct);
            }
            await file.FlushAsync(ct);
        }
        File.Move(partial, outputFile, overwrite: true);
        return new FileInfo(outputFile).Length;
    }

    /// <summary>
    /// Decrypts an exported file into <paramref name="outputDirectory"/> (the backup folder and a "scans" pool beside it,
    /// as the backup folder had them) and returns the backup folder. Nothing is left behind when the passphrase is wrong or
    /// the file was altered: the files go to a hidden folder first and move into place only after the last chunk checked.
    /// </summary>
    public static async Task<string> ImportAsync(string encryptedFile, string outputDirectory, string passphrase, CancellationToken ct = default)
    {
        Directory.CreateDirectory(outputDirectory);
        var staging = Path.Combine(outputDirectory, ".giai-ma-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(staging);
        try
        {
            string? id = null;
            await using (var file = new FileStream(encryptedFile, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true))
            await using (var plain = Decrypt(file, passphrase))
            {
                var tar = new TarReader(plain);
                while (await tar.GetNextEntryAsync(copyData: false, ct) is { } entry)
                {
                    if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile)) continue;
                    var target = SafeTarget(staging, entry.Name);
                    var top = entry.Name.Split('/')[0];
                    if (top != BackupService.ScansFolder) id ??= top;
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    await entry.ExtractToFileAsync(target, overwrite: true, ct);
                }
                // Reading to the end makes the stream check the last chunk and that nothing follows it.
                await plain.CopyToAsync(Stream.Null, ct);
            }
            if (id is null) throw new EncryptedBackupException("Tệp giải mã được nhưng không chứa bản sao lưu nào.");
            var folder = Path.Combine(outputDirectory, id);
            if (Directory.Exists(folder)) throw new EncryptedBackupException($"Thư mục {folder} đã có: chọn thư mục khác để giải mã.");
            Directory.Move(Path.Combine(staging, id), folder);
            var scans = Path.Combine(staging, BackupService.ScansFolder);
            if (Directory.Exists(scans))
            {
                foreach (var f in Directory.EnumerateFiles(scans, "*", SearchOption.AllDirectories))
                {
                    var target = Path.Combine(outputDirectory, BackupService.ScansFolder, Path.GetRelativePath(scans, f));
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    File.Move(f, target, overwrite: true);
                }
            }
            return folder;
        }
        catch (InvalidDataException)
        {
            // The tar reader saw bytes that authenticated but are not a tar stream: not something we wrote.
            throw new EncryptedBackupException("Nội dung giải mã không phải bản sao lưu OneStop.");
        }
        finally
        {
            try { Directory.Delete(staging, recursive: true); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }

    private static string SafeTarget(string root, string name)
    {
        var full = Path.GetFullPath(Path.Combine(root, name));
        if (!full.StartsWith(Path.GetFullPath(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new EncryptedBackupException($"Tệp chứa đường dẫn không hợp lệ: {name}");
        return full;
    }

    /// <summary>A write-only stream that seals what is written to it in chunks; dispose it to write the last chunk.</summary>
    public static Stream Encrypt(Stream output, string passphrase, int iterations = Iterations)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltSize);
        var nonce = RandomNumberGenerator.GetBytes(NonceSize);
        var (key, check) = DeriveKeys(passphrase, salt, iterations);
        var header = new byte[HeaderSize];
        Magic.CopyTo(header, 0);
        header[8] = Version;
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(9), iterations);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(13), ChunkSize);
        salt.CopyTo(header, 17);
        nonce.CopyTo(header, 17 + SaltSize);
        check.CopyTo(header, 17 + SaltSize + NonceSize);
        output.Write(header);
        return new SealingStream(output, new AesGcm(key, TagSize), header, nonce, ChunkSize);
    }

    /// <summary>
    /// A read-only stream of the plaintext. Throws <see cref="EncryptedBackupException"/> at once for a wrong passphrase or
    /// a file that is not ours, and while reading for an altered, reordered or cut file.
    /// </summary>
    public static Stream Decrypt(Stream input, string passphrase)
    {
        var header = new byte[HeaderSize];
        if (input.ReadAtLeast(header, HeaderSize, throwOnEndOfStream: false) < HeaderSize || !header.AsSpan(0, 8).SequenceEqual(Magic))
            throw new EncryptedBackupException("Tệp này không phải bản sao lưu mã hoá của OneStop.");
        if (header[8] != Version)
            throw new EncryptedBackupException($"Tệp được mã hoá theo định dạng {header[8]} của một phiên bản OneStop mới hơn: dùng phiên bản đó để giải mã.");
        var iterations = BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(9));
        var chunk = BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(13));
        if (iterations is < 100_000 or > 50_000_000 || chunk is < 1024 or > 64 * 1024 * 1024)
            throw Altered();
        var salt = header.AsSpan(17, SaltSize).ToArray();
        var nonce = header.AsSpan(17 + SaltSize, NonceSize).ToArray();
        var (key, check) = DeriveKeys(passphrase, salt, iterations);
        if (!CryptographicOperations.FixedTimeEquals(check, header.AsSpan(17 + SaltSize + NonceSize, CheckSize)))
            throw new EncryptedBackupException("Mật khẩu không đúng: không giải mã được bản sao lưu này.");
        return new OpeningStream(input, new AesGcm(key, TagSize), header, nonce, chunk);
    }

    internal static EncryptedBackupException Altered() =>
        new("Tệp sao lưu mã hoá đã bị sửa đổi, cắt bớt hoặc hỏng (không qua được kiểm tra xác thực): không dùng tệp này.");

    private static (byte[] Key, byte[] Check) DeriveKeys(string passphrase, byte[] salt, int iterations)
    {
        var material = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(passphrase.Normalize(NormalizationForm.FormC)), salt, iterations, HashAlgorithmName.SHA256, 64);
        var key = material[..32];
        var check = HMACSHA256.HashData(material.AsSpan(32), CheckLabel);
        CryptographicOperations.ZeroMemory(material);
        return (key, check);
    }

    internal static void ChunkNonce(byte[] nonceBase, long index, Span<byte> nonce)
    {
        nonceBase.CopyTo(nonce);
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, index);
        for (var i = 0; i < 8; i++) nonce[NonceSize - 8 + i] ^= counter[i];
    }

    internal static byte[] Associated(byte[] header, long index, bool last)
    {
        var ad = new byte[header.Length + 9];
        header.CopyTo(ad, 0);
        BinaryPrimitives.WriteInt64BigEndian(ad.AsSpan(header.Length), index);
        ad[^1] = last ? (byte)1 : (byte)0;
        return ad;
    }

    private sealed class SealingStream(Stream output, AesGcm aes, byte[] header, byte[] nonceBase, int chunkSize) : Stream
    {
        private readonly byte[] buffer = new byte[chunkSize];
        private readonly byte[] cipher = new byte[chunkSize];
        private readonly byte[] tag = new byte[TagSize];
        private int filled;
        private long index;
        private bool closed;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => !closed;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => output.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> data)
        {
            ObjectDisposedException.ThrowIf(closed, this);
            while (data.Length > 0)
            {
                if (filled == chunkSize) Seal(last: false);
                var n = Math.Min(data.Length, chunkSize - filled);
                data[..n].CopyTo(buffer.AsSpan(filled));
                filled += n;
                data = data[n..];
            }
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Write(buffer.AsSpan(offset, count));
            return Task.CompletedTask;
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        private void Seal(bool last)
        {
            Span<byte> nonce = stackalloc byte[NonceSize];
            ChunkNonce(nonceBase, index, nonce);
            aes.Encrypt(nonce, buffer.AsSpan(0, filled), cipher.AsSpan(0, filled), tag, Associated(header, index, last));
            Span<byte> length = stackalloc byte[4];
            BinaryPrimitives.WriteUInt32BigEndian(length, (uint)filled | (last ? LastFlag : 0));
            output.Write(length);
            output.Write(cipher, 0, filled);
            output.Write(tag);
            index++;
            filled = 0;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && !closed)
            {
                Seal(last: true);
                closed = true;
                output.Flush();
                aes.Dispose();
            }
            base.Dispose(disposing);
        }
    }

    private sealed class OpeningStream(Stream input, AesGcm aes, byte[] header, byte[] nonceBase, int chunkSize) : Stream
    {
        private readonly byte[] plain = new byte[chunkSize];
        private readonly byte[] cipher = new byte[chunkSize];
        private readonly byte[] tag = new byte[TagSize];
        private int start;
        private int end;
        private long index;
        private bool done;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> destination)
        {
            while (start == end)
            {
                if (done) return 0;
                Open();
            }
            var n = Math.Min(destination.Length, end - start);
            plain.AsSpan(start, n).CopyTo(destination);
            start += n;
            return n;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Task.FromResult(Read(buffer.AsSpan(offset, count)));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));

        private void Open()
        {
            Span<byte> prefix = stackalloc byte[4];
            if (input.ReadAtLeast(prefix, 4, throwOnEndOfStream: false) < 4) throw Altered();
            var word = BinaryPrimitives.ReadUInt32BigEndian(prefix);
            var last = (word & LastFlag) != 0;
            var length = (int)(word & ~LastFlag);
            if (length > chunkSize) throw Altered();
            if (input.ReadAtLeast(cipher.AsSpan(0, length), length, throwOnEndOfStream: false) < length
                || input.ReadAtLeast(tag, TagSize, throwOnEndOfStream: false) < TagSize)
                throw Altered();
            Span<byte> nonce = stackalloc byte[NonceSize];
            ChunkNonce(nonceBase, index, nonce);
            try
            {
                aes.Decrypt(nonce, cipher.AsSpan(0, length), tag, plain.AsSpan(0, length), Associated(header, index, last));
            }
            catch (AuthenticationTagMismatchException)
            {
                throw Altered();
            }
            index++;
            start = 0;
            end = length;
            if (last)
            {
                done = true;
                Span<byte> extra = stackalloc byte[1];
                if (input.Read(extra) > 0) throw Altered();
            }
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) aes.Dispose();
            base.Dispose(disposing);
        }
    }
}
