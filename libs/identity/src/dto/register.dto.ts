import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  IsNotEmptyObject,
  IsString,
  Length,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { IsUscc, LowerTrim, Trim, UpperTrim } from '@app/shared';

export class EmailPasswordFields {
  @ApiProperty({ example: 'zhang.wei@example.com', maxLength: 254 })
  @LowerTrim()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({ minLength: 8, maxLength: 128, example: 'correct-horse-battery' })
  @IsString()
  @MinLength(8)
  @MaxLength(128)
  password: string;
}

export class RegisterOrganisationDto {
  @ApiProperty({ example: '宁波甬创知识产权代理有限公司', minLength: 1, maxLength: 100 })
  @Trim()
  @IsString()
  @Length(1, 100)
  name: string;

  @ApiProperty({
    example: '91350100M000100Y43',
    description: '统一社会信用代码, 18 characters with a valid check character',
  })
  @UpperTrim()
  @IsUscc()
  uscc: string;

  @ApiProperty({ example: '330212', description: 'A region code of the jurisdiction (GET /api/v1/regions)' })
  @IsString()
  @Matches(/^\d{6}$/, { message: 'regionCode must be a 6-digit region code' })
  regionCode: string;
}

export class RegisterDto extends EmailPasswordFields {
  @ApiProperty({ example: '张伟', minLength: 1, maxLength: 100 })
  @Trim()
  @IsString()
  @Length(1, 100)
  name: string;

  @ApiProperty({ enum: ['enterprise', 'provider'] })
  @IsIn(['enterprise', 'provider'])
  orgType: 'enterprise' | 'provider';

  @ApiProperty({ type: RegisterOrganisationDto })
  @IsNotEmptyObject({ nullable: false }, { message: 'org must be an object with name, uscc and regionCode' })
  @ValidateNested()
  @Type(() => RegisterOrganisationDto)
  org: RegisterOrganisationDto;
}
