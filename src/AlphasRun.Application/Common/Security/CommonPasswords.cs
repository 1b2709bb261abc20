using System.Collections.Frozen;

namespace AlphasRun.Application.Common.Security;

/// <summary>
/// Refuses the passwords attackers try first (ASVS 2.1.7): a bundled list of common passwords, plus
/// the shapes such lists are full of (one character repeated, a short run repeated, the crew's name, the email).
/// </summary>
public static class CommonPasswords
{
    public const string Message = "That password is one of the first that attackers try. Choose something less common; a short sentence works well.";

    private static readonly FrozenSet<string> List = Load();

    /// <summary>True when <paramref name="password"/> is too common to accept for the account <paramref name="email"/>.</summary>
    public static bool IsCommon(string? password, string? email = null)
    {
        if (string.IsNullOrEmpty(password))
        {
            return false;
        }

        var lower = password.Trim().ToLowerInvariant();
        if (List.Contains(lower) || IsRepeatedRun(lower))
        {
            return true;
        }

        var simplified = new string([.. lower.Where(char.IsLetterOrDigit)]);
        if (simplified.Length > 0 && (List.Contains(simplified) || simplified.StartsWith("alphasrun", StringComparison.Ordinal) && simplified.Length <= 16))
        {
            return true;
        }

        var local = email?.Split('@')[0].Trim().ToLowerInvariant();
        return !string.IsNullOrEmpty(local) && local.Length >= 4 && (string.Equals(lower, email!.Trim(), StringComparison.OrdinalIgnoreCase) || simplified.StartsWith(local, StringComparison.Ordinal) && simplified.Length - local.Length <= 4);
    }

    /// <summary>"aaaaaaaaaa", "abababab…", "abcabcabc…": a run of at most three characters, repeated.</summary>
    private static bool IsRepeatedRun(string value)
    {
        for (var run = 1; run <= 3 && run < value.Length; run++)
        {
            var repeats = true;
            for (var i = run; i < value.Length && repeats; i++)
            {
                repeats = value[i] == value[i % run];
            }

            if (repeats)
            {
                return true;
            }
        }

        return false;
    }

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CommonPasswords).Assembly.GetManifestResourceStream("AlphasRun.Application.Common.Security.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                set.Add(line.Trim());
            }
        }

        return set.ToFrozenSet(StringComparer.Ordinal);
    }
}
