using System.Globalization;
using System.Text;

namespace ZApi.Benchmarks.BuildTime;

/// <summary>
/// Synthetic endpoints shaped like create-instance: each with its own id, route, title and three
/// attributes of its own (request and response), with matching documented examples. The same
/// endpoints as a Refit interface: one method each, with its own request and response types.
/// </summary>
internal static class SyntheticSpecs
{
    public static string Id(int i) => "create-instance-" + i.ToString("D4", CultureInfo.InvariantCulture);

    public static string Path(int i) => $"/project/specs/partner/{Id(i)}.zapi.yaml";

    public static string Pascal(int i) => "CreateInstance" + i.ToString("D4", CultureInfo.InvariantCulture);

    public static string Yaml(int i, string titleSuffix = "")
    {
        string n = i.ToString("D4", CultureInfo.InvariantCulture);
        return $$"""
# yaml-language-server: $schema=../zapi-spec.schema.json
id: {{Id(i)}}
client: partner
title: Criando uma instância {{n}}{{titleSuffix}}
summary: Método utilizado para criar a instância sintética {{n}} vinculada a sua conta.
method: POST
route: /instances/integrator/on-demand-{{n}}
credentials: partner-token

request:
  body:
    required:
      - name: name
        type: string
        description: Nome da instância a ser criada
      - name: label{{n}}
        type: string
        description: Rótulo {{n}} da instância
    optional:
      - name: sessionName
        type: string
        description: Atributo para alterar o nome da sessão no whatsapp (em aparelhos conectados)
      - name: deliveryCallbackUrl
        type: string
        description: EndPoint do webhook de mensagens entregues - delivery
      - name: receivedCallbackUrl
        type: string
        description: EndPoint do webhook de mensagens recebidas - receive
      - name: retries{{n}}
        type: integer
        description: Tentativas {{n}} do webhook
      - name: enabled{{n}}
        type: boolean
        description: Liga o recurso {{n}}
  example: |
    {
      "name": "Instancia Z-API - {{n}}",
      "label{{n}}": "rotulo {{n}}",
      "sessionName": "Testes {{n}}",
      "deliveryCallbackUrl": "https://meuwebhook.com.br/delivery/{{n}}",
      "receivedCallbackUrl": "https://meuwebhook.com.br/receive/{{n}}",
      "retries{{n}}": {{i % 10}},
      "enabled{{n}}": true
    }

responses:
  201:
    body:
      required:
        - name: id
          type: string
          description: ID da instância criada
        - name: token
          type: string
          description: TOKEN da instância criada
        - name: due
          type: timestamp
          description: Data de validade da instância
      optional:
        - name: ratio{{n}}
          type: number
          description: Proporção {{n}}
    example: |
      {
          "id": "8823XWIE982KII99012K{{n}}",
          "token": "8900LS009W0011OOOPPIPIP00912OOLCKAOOOE{{n}}",
          "due": "329000002121",
          "ratio{{n}}": 0.{{n}}
      }
  405:
    hint: Neste caso certifique que esteja enviando o corretamente a especificação do método ({{n}}).
  415:
    hint: Caso você receba um erro 415, certifique de adicionar na headers da requisição o "Content-Type" ({{n}}).

""".Replace("\r\n", "\n");
    }

    /// <summary>The Refit interface: one method per endpoint, the route of endpoint <paramref name="editedIndex"/> changed when given.</summary>
    public static string RefitInterface(int count, int editedIndex = -1)
    {
        var text = new StringBuilder();
        text.Append("using System.Threading;\nusing System.Threading.Tasks;\nusing Refit;\n\nnamespace Bench;\n\npublic interface IPartnerApi\n{\n");
        for (int i = 0; i < count; i++)
        {
            string n = i.ToString("D4", CultureInfo.InvariantCulture);
            string route = i == editedIndex ? $"/instances/integrator/on-demand-{n}-edited" : $"/instances/integrator/on-demand-{n}";
            text.Append("    /// <summary>Criando uma instância ").Append(n).Append("</summary>\n");
            text.Append("    [Post(\"").Append(route).Append("\")]\n");
            text.Append("    Task<").Append(Pascal(i)).Append("Response> ").Append(Pascal(i)).Append("Async([Body] ").Append(Pascal(i))
                .Append("Request request, [Authorize(\"Bearer\")] string partnerToken, CancellationToken cancellationToken = default);\n\n");
        }

        text.Append("}\n");
        return text.ToString();
    }

    /// <summary>The request and response types of every Refit method, with the spec's members.</summary>
    public static string RefitBodies(int count)
    {
        var text = new StringBuilder();
        text.Append("using System;\nusing System.Text.Json.Serialization;\n\nnamespace Bench;\n\n");
        for (int i = 0; i < count; i++)
        {
            string n = i.ToString("D4", CultureInfo.InvariantCulture);
            string p = Pascal(i);
            text.Append($$"""
public sealed class {{p}}Request
{
    [JsonPropertyName("name")] public required string Name { get; init; }
    [JsonPropertyName("label{{n}}")] public required string Label{{n}} { get; init; }
    [JsonPropertyName("sessionName")] public string? SessionName { get; init; }
    [JsonPropertyName("deliveryCallbackUrl")] public string? DeliveryCallbackUrl { get; init; }
    [JsonPropertyName("receivedCallbackUrl")] public string? ReceivedCallbackUrl { get; init; }
    [JsonPropertyName("retries{{n}}")] public int? Retries{{n}} { get; init; }
    [JsonPropertyName("enabled{{n}}")] public bool? Enabled{{n}} { get; init; }
}

public sealed class {{p}}Response
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("token")] public required string Token { get; init; }
    [JsonPropertyName("due")] public required DateTimeOffset Due { get; init; }
    [JsonPropertyName("ratio{{n}}")] public double? Ratio{{n}} { get; init; }
}


""");
        }

        return text.ToString().Replace("\r\n", "\n");
    }
}
