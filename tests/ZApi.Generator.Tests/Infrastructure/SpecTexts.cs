namespace ZApi.Generator.Tests.Infrastructure;

/// <summary>Spec texts the tests start from; each test breaks one thing.</summary>
internal static class SpecTexts
{
    /// <summary>
    /// The top-level keys of a partner <c>GET /ping</c> endpoint, without a trailing line break: the head of
    /// specs built inside one test (<c>{{SpecTexts.GetPingHead}}</c> on a line of its own, then the test's keys).
    /// </summary>
    public const string GetPingHead = """
        id: ping
        client: partner
        title: Ping
        method: GET
        route: /ping
        credentials: partner-token
        """;

    /// <summary>A small valid spec, named <c>ping.zapi.yaml</c>.</summary>
    public const string Ping = """
        id: ping
        client: partner
        title: Ping
        method: POST
        route: /ping
        credentials: partner-token
        request:
          body:
            required:
              - name: name
                type: string
                description: Nome
            optional:
              - name: count
                type: integer
          example: |
            {
              "name": "x",
              "count": 1
            }
        responses:
          201:
            body:
              required:
                - name: id
                  type: string
            example: |
              {
                "id": "abc"
              }
          405:
            hint: Use POST.
        """;

    /// <summary>
    /// <see cref="Ping"/> with a path parameter, an optional enum query parameter and two named
    /// types (an enum and an object), so every kind of spec text has a place to stand.
    /// </summary>
    public const string PingWithParametersAndTypes = """
        id: ping
        client: partner
        title: Ping
        method: POST
        route: /ping/{pingId}
        credentials: partner-token
        request:
          path:
            - name: pingId
              type: string
              description: Id do ping
              example: abc
          query:
            optional:
              - name: mode
                type: Mode
                description: Modo do ping
                example: fast
          body:
            required:
              - name: name
                type: string
                description: Nome
            optional:
              - name: count
                type: integer
          example: |
            {
              "name": "x",
              "count": 1
            }
        responses:
          201:
            body:
              required:
                - name: id
                  type: string
              optional:
                - name: detail
                  type: Detail
            example: |
              {
                "id": "abc"
              }
          405:
            hint: Use POST.
        types:
          Mode:
            description: Modo de ping
            enum: [fast, slow]
          Detail:
            description: Detalhe do ping
            optional:
              - name: note
                type: string
                description: Nota
        """;

    /// <summary>The 201 example of the create-instance page verbatim: no commas between members.</summary>
    public const string SeedPageVerbatim201 = """
        id: create-instance
        client: partner
        title: Criando uma instância
        method: POST
        route: /instances/integrator/on-demand
        credentials: partner-token
        request:
          body:
            required:
              - name: name
                type: string
        responses:
          201:
            body:
              required:
                - name: id
                  type: string
                - name: token
                  type: string
                - name: due
                  type: timestamp
            example: |
              {
                  "id": "8823XWIE982KII99012K2L"
                  "token": "8900LS009W0011OOOPPIPIP00912OOLCKAOOOE009919"
                  "due": "329000002121"
              }
        """;

    /// <summary>
    /// <see cref="PingWithParametersAndTypes"/> with the page's notes at every level (the endpoint, a
    /// body attribute, a query parameter, the success and an error response), a response description
    /// and an enum whose values say what they mean.
    /// </summary>
    public const string PingWithNotes = """
        id: ping
        client: partner
        title: Ping
        method: POST
        route: /ping/{pingId}
        credentials: partner-token
        notes:
          - kind: caution
            title: Atenção
            text: Este método está disponível apenas para contas Business.
          - kind: tip
            text: |-
              Veja também [Funcionamento dos Botões](https://developer.z-api.io/tips/button-status).
              Não use <tags> & "aspas" */ aqui.
        request:
          path:
            - name: pingId
              type: string
              description: Id do ping
              example: abc
          query:
            optional:
              - name: mode
                type: Mode
                description: Modo do ping
                example: fast
                notes:
                  - { kind: info, text: O modo lento espera a resposta. }
          body:
            required:
              - name: name
                type: string
                description: Nome
                notes:
                  - kind: important
                    title: Formato do nome
                    text: O nome não pode estar vazio.
            optional:
              - name: count
                type: integer
          example: |
            {
              "name": "x",
              "count": 1
            }
        responses:
          201:
            description: O ping criado.
            notes:
              - kind: tip
                title: Dica
                text: Guarde o id para consultar o ping depois.
            body:
              required:
                - name: id
                  type: string
            example: |
              {
                "id": "abc"
              }
          405:
            hint: Use POST.
            notes:
              - kind: warning
                text: Apenas POST é aceito.
        types:
          Mode:
            description: Modo de ping
            enum:
              - { value: fast, description: Responde logo. }
              - slow
              - value: all-at-once
                description: Todos de uma vez.
        """;
}
